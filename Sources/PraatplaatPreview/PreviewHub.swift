import Foundation
import FlyingFox

/// Where the render thread leaves what it made and the server picks it up: the newest
/// snapshot, the pages' SVG by version, and the pages listening for news. Locked, because the
/// render thread writes while the server's tasks read.
final class PreviewHub: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot = PreviewSnapshot()
    /// Pages by version; the last few are kept so a page that asked just before a newer render
    /// still gets its files.
    private var pages: [Int: [Data]] = [:]
    private var listeners: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var view = PreviewView()
    private var viewChanged = false
    /// Wakes the render thread early: the view changed, or the editor saved.
    let wake = NSCondition()

    var current: PreviewSnapshot { lock.withLock { snapshot } }

    func page(version: Int, number: Int) -> Data? {
        lock.withLock { pages[version].flatMap { number >= 1 && number <= $0.count ? $0[number - 1] : nil } }
    }

    /// Publishes a snapshot, with pages when they are new, and tells every listener.
    func publish(_ next: PreviewSnapshot, pages newPages: [Data]?) {
        let message = lock.withLock { () -> String in
            snapshot = next
            if let newPages {
                pages[next.version] = newPages
                for old in pages.keys where old < next.version - 3 { pages[old] = nil }
            }
            return "{\"version\":\(next.version)}"
        }
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener.yield(.text(message)) }
    }

    /// A stream of news for one page's WebSocket, and how to end it; the first message says the
    /// current version.
    func listen() -> (news: AsyncStream<WSMessage>, end: @Sendable () -> Void) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream(bufferingPolicy: .bufferingNewest(4))
        continuation.onTermination = { [weak self] _ in self?.forget(id) }
        lock.withLock {
            listeners[id] = continuation
            continuation.yield(.text("{\"version\":\(snapshot.version)}"))
        }
        return (stream, { continuation.finish() })
    }

    private func forget(_ id: UUID) { lock.withLock { listeners[id] = nil } }

    var listenerCount: Int { lock.withLock { listeners.count } }

    func closeAll() {
        let all = lock.withLock { () -> [AsyncStream<WSMessage>.Continuation] in
            defer { listeners.removeAll() }
            return Array(listeners.values)
        }
        for listener in all { listener.finish() }
    }

    // MARK: The view, set by the page, read by the render thread

    func change(_ update: (inout PreviewView) -> Void) {
        lock.withLock {
            var next = view
            update(&next)
            if next != view { view = next; viewChanged = true }
        }
        poke()
    }

    /// The view, and whether it changed since the render thread last asked.
    func takeView() -> (PreviewView, Bool) {
        lock.withLock {
            defer { viewChanged = false }
            return (view, viewChanged)
        }
    }

    func poke() {
        wake.lock()
        wake.signal()
        wake.unlock()
    }
}
