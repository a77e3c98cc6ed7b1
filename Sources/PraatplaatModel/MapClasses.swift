import Foundation

/// How a map's values are put into classes, each drawn in one colour of the scheme.
public enum ClassMethod: Sendable, Hashable {
    /// About as many regions in every class.
    case quantiles(Int)
    /// Classes of equal width from the lowest value to the highest.
    case equal(Int)
    /// Equal classes with round limits (steps of 1, 2, 2.5 or 5 times a power of ten), about this many.
    case rounded(Int)
    /// The inner limits, given by hand, ascending.
    case breaks([Double])
}

/// The class limits of a map: class i holds the values above `limits[i]` up to and including
/// `limits[i + 1]` ("tot en met", as Dutch maps say it); the first class also holds its lower limit.
public struct MapClasses: Sendable, Hashable {
    public let limits: [Double]

    public var count: Int { max(limits.count - 1, 0) }

    public init(limits: [Double]) { self.limits = limits }

    /// The class of `value`, nil when there are no classes.
    public func index(of value: Double) -> Int? {
        guard count > 0 else { return nil }
        let upper = limits.dropFirst().firstIndex { value <= $0 } ?? limits.count - 1
        return max(0, upper - 1)
    }

    /// Classes for `values` (missing values left out beforehand). Equal limits collapse, so all
    /// values alike give one class.
    public static func make(_ values: [Double], method: ClassMethod) -> MapClasses {
        let sorted = values.filter(\.isFinite).sorted()
        guard let low = sorted.first, let high = sorted.last else { return MapClasses(limits: []) }
        guard high > low else { return MapClasses(limits: [low, high]) }
        var limits: [Double]
        switch method {
        case .quantiles(let n):
            // Each limit is a value of the data: the highest of its group of N/n values.
            let n = max(1, min(n, sorted.count))
            var inner: [Double] = []
            for k in 1..<max(n, 1) {
                let position = (Double(k * sorted.count) / Double(n)).rounded(.up)
                inner.append(sorted[Int(position) - 1])
            }
            limits = [low] + inner + [high]
        case .equal(let n):
            let n = max(1, n)
            limits = (0...n).map { low + (high - low) * Double($0) / Double(n) }
            limits[n] = high
        case .rounded(let n):
            let step = niceStep((high - low) / Double(max(1, n)))
            let first = (low / step).rounded(.down) * step, last = (high / step).rounded(.up) * step
            let steps = max(1, Int(((last - first) / step).rounded()))
            // Rounded to the step's decimals, so 3 × 0.2 is 0.6 and not 0.6000000000000001.
            let scale = pow(10, max(0, 1 - (log10(step)).rounded(.down)))
            limits = (0...steps).map { ((first + Double($0) * step) * scale).rounded() / scale }
        case .breaks(let inner):
            let inside = inner.filter { $0 > low && $0 < high }.sorted()
            limits = [low] + inside + [high]
        }
        // Ties (quantiles of many equal values) would make empty classes.
        var distinct: [Double] = []
        for limit in limits where distinct.last.map({ limit > $0 }) ?? true { distinct.append(limit) }
        return MapClasses(limits: distinct)
    }

    /// 1, 2, 2.5 or 5 times a power of ten, the first at least `rough`.
    public static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] as [Double] where factor * power >= rough * (1 - 1e-9) { return factor * power }
        return 10 * power
    }
}
