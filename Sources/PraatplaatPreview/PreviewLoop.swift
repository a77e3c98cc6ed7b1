import Foundation
import PraatplaatModel
import PraatplaatPipeline

/// The render thread: looks at the files every `pollInterval`, and when one changed (or the
/// page asked for another row or view) renders the newest state and publishes it. Saves that
/// come while a render runs are not queued: the next look renders once, from what is on disk
/// then, so a burst of saves costs one render after the one under way.
final class PreviewLoop: @unchecked Sendable {
    let renderer: PreviewRenderer
    let hub: PreviewHub
    let site: SiteFolder
    private let options: PreviewOptions
    private var stamps: FileStamps?
    private var version = 0
    /// The pages of the newest render that had no errors, shown while the file is broken.
    private var good: [PreviewSnapshot.Page] = []
    private var goodRow: Int?
    private var rowMarks: [Int: RowCheck] = [:]
    private let stopLock = NSLock()
    private var stopped = false
    private var thread: Thread?
    let finished = DispatchSemaphore(value: 0)

    init(options: PreviewOptions, hub: PreviewHub, site: SiteFolder) {
        self.options = options
        renderer = PreviewRenderer(options: options)
        self.hub = hub
        self.site = site
    }

    /// Renders once, so the server starts with pages, then goes on in a thread of its own.
    func start() {
        step()
        let thread = Thread { [self] in
            while !isStopped { step(); pause() }
            finished.signal()
        }
        thread.name = "praatplaat-preview-render"
        // Pango and the layout recurse; give them the main thread's room.
        thread.stackSize = 8 << 20
        self.thread = thread
        thread.start()
    }

    func stop() {
        stopLock.withLock { stopped = true }
        hub.poke()
    }

    private var isStopped: Bool { stopLock.withLock { stopped } }

    private func pause() {
        hub.wake.lock()
        _ = hub.wake.wait(until: Date(timeIntervalSinceNow: options.pollInterval))
        hub.wake.unlock()
    }

    /// One look: render when something changed, then check rows not yet checked.
    func step() {
        let (view, viewChanged) = hub.takeView()
        guard viewChanged || stamps == nil || stamps != stamps?.now() else {
            checkRows(view)
            return
        }
        settle()
        let started = Date()
        let before = stamps?.now()
        let outcome = renderer.render(view)
        // A save during the render must still be seen: files known before keep the stamp they
        // had when the render began.
        var next = FileStamps(outcome.files)
        if let before { next = next.merging(before) }
        if stamps != nil, next != stamps { rowMarks = [:] }
        stamps = next
        publish(outcome, view: view, started: started)
    }

    /// Editors that save in two steps leave the file missing or empty for a moment: wait for it
    /// (up to a second) rather than show a "no such file" that the next write takes back.
    private func settle() {
        let deadline = Date(timeIntervalSinceNow: 1)
        while Date() < deadline {
            let stamp = FileStamp(options.report)
            if stamp.exists, stamp.size > 0 { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    private func publish(_ outcome: RenderOutcome, view: PreviewView, started: Date) {
        version += 1
        var snapshot = PreviewSnapshot()
        snapshot.version = version
        snapshot.file = renderer.editorFile
        snapshot.title = outcome.loaded.map { InlineText.plain($0.report.title) } ?? hub.current.title
        snapshot.problems = outcome.problems.map { PreviewSnapshot.Problem($0, editorFile: renderer.editorFile) }
        snapshot.layout = outcome.layoutLines
        snapshot.marks = view.marks
        snapshot.row = outcome.row
        snapshot.rows = marked(outcome.rows)
        // A template that cannot be read has no rows this time: keep the picker as it was, so
        // the writer keeps their place while fixing it.
        if options.data != nil, outcome.rows.isEmpty {
            snapshot.rows = hub.current.rows
            snapshot.row = hub.current.row
        }
        var pages: [Data]?
        if outcome.pages.isEmpty {
            snapshot.pages = good
            snapshot.stale = true
            snapshot.pagesRow = goodRow
        } else {
            goodRow = outcome.row
            snapshot.pagesRow = outcome.row
            pages = outcome.pages.map(\.svg)
            good = outcome.pages.enumerated().map { i, page in
                PreviewSnapshot.Page(href: "/pages/\(version)/\(i + 1).svg", width: page.width, height: page.height)
            }
            snapshot.pages = good
        }
        if view.site, let loaded = outcome.loaded, outcome.layout != nil {
            switch site.build(loaded, pipeline: renderer.pipeline) {
            case .success(let href): snapshot.site = href + "?v=\(version)"
            case .failure(let problem): snapshot.siteProblem = problem.message
            }
        } else {
            snapshot.site = hub.current.site
        }
        snapshot.renderMilliseconds = Date().timeIntervalSince(started) * 1000
        hub.publish(snapshot, pages: pages)
    }

    private func marked(_ rows: [PreviewSnapshot.Row]) -> [PreviewSnapshot.Row] {
        rows.map { row in
            var row = row
            if let mark = rowMarks[row.index] { row.errors = mark.errors; row.warnings = mark.warnings; row.pages = mark.pages }
            return row
        }
    }

    /// A template's other rows, checked one at a time between looks at the files, so a save
    /// is never kept waiting by more than one row. The picker's marks follow every few rows.
    private func checkRows(_ view: PreviewView) {
        guard options.data != nil, renderer.rowCount > 0 else { return }
        guard let index = (0..<renderer.rowCount).first(where: { rowMarks[$0] == nil }) else { return }
        let deadline = Date(timeIntervalSinceNow: 0.1)
        var i = index
        while i < renderer.rowCount, Date() < deadline {
            if rowMarks[i] == nil, let mark = renderer.check(row: i) { rowMarks[i] = mark }
            i += 1
        }
        var snapshot = hub.current
        version += 1
        snapshot.version = version
        snapshot.rows = marked(snapshot.rows)
        hub.publish(snapshot, pages: nil)
    }
}

extension FileStamps {
    /// These files, with the stamps `earlier` has for the files it knows.
    func merging(_ earlier: FileStamps) -> FileStamps {
        var copy = self
        for (url, stamp) in earlier.stamps where copy.stamps[url] != nil { copy.set(url, stamp) }
        return copy
    }
}
