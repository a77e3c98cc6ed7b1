/// A few numbers that carry the message: percentages as donuts, counts and ranges as large figures.
public struct KeyFiguresSection: Sendable, Hashable, Codable {
    public var title: String?
    public var figures: [KeyFigure]
    /// How percentages are drawn: as donuts (default) or as bars.
    public var style: PercentStyle

    public init(title: String? = nil, figures: [KeyFigure], style: PercentStyle = .donut) {
        self.title = title
        self.figures = figures
        self.style = style
    }
}

public enum PercentStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case donut, bar
}

public struct KeyFigure: Sendable, Hashable, Codable {
    public var value: FigureValue
    public var label: String
    /// Words shown instead of the number ("enkele honderden"); the number stays in the alt text.
    public var shown: String?
    /// The figure it is read against ("Nederland: 14%").
    public var reference: FigureReference?
    /// How the figure is rounded on the page (the alt text keeps it exact).
    public var round: ValueRounding?

    public init(value: FigureValue, label: String, shown: String? = nil, reference: FigureReference? = nil, round: ValueRounding? = nil) {
        self.value = value
        self.label = label
        self.shown = shown
        self.reference = reference
        self.round = round
    }
}

/// A figure to compare a key figure with: the national or regional value.
public struct FigureReference: Sendable, Hashable, Codable {
    public var label: String
    public var value: FigureValue

    public init(label: String, value: FigureValue) {
        self.label = label
        self.value = value
    }

    public enum Direction: Sendable { case higher, lower, same }

    /// How `figure` stands to this reference. Values that read the same on the page are the same,
    /// and so are a range or an open count that take the other value in (`400-500` and `450`).
    public func direction(of figure: FigureValue, language: Language) -> Direction {
        if figure.formatted(language: language) == value.formatted(language: language) { return .same }
        let a = figure.span, b = value.span
        if a.lowerBound <= b.upperBound && b.lowerBound <= a.upperBound { return .same }
        return a.lowerBound > b.upperBound ? .higher : .lower
    }

    /// The mark before the reference: its shape, not its colour, says which way it goes.
    public static func mark(_ direction: Direction) -> String {
        switch direction {
        case .higher: "\u{2191}"
        case .lower: "\u{2193}"
        case .same: "="
        }
    }

    /// The direction in words ("hoger dan"), for alt text and screen readers.
    public static func words(_ direction: Direction, language: Language) -> String {
        switch direction {
        case .higher: language.phrases.higherThan
        case .lower: language.phrases.lowerThan
        case .same: language.phrases.sameAs
        }
    }

    /// "Nederland: 14%", as the page and the site write it.
    public func text(language: Language) -> String {
        "\(InlineText.plain(label)): \(value.formatted(language: language))"
    }
}

/// Horizontal bars, labelled directly.
public struct BarChartSection: Sendable, Hashable, Codable {
    public var title: String?
    public var bars: [Bar]
    /// Written after each value: `%`, or a word such as `professionals`.
    public var unit: String?
    public var sort: BarSort
    public var scale: BarScale
    /// The label of the bar to draw in the accent colour.
    public var highlight: String?
    public var note: String?
    /// Where a full-length bar ends. Nil: 100 for percentages (a share is read against the
    /// whole), the largest bar for counts.
    public var max: Double?
    /// How the values written beside the bars are rounded.
    public var round: ValueRounding?

    public init(title: String? = nil, bars: [Bar], unit: String? = nil, sort: BarSort = .none, scale: BarScale = .linear,
                highlight: String? = nil, note: String? = nil, max: Double? = nil) {
        self.max = max
        self.title = title
        self.bars = bars
        self.unit = unit
        self.sort = sort
        self.scale = scale
        self.highlight = highlight
        self.note = note
    }
}

public struct Bar: Sendable, Hashable, Codable {
    public var label: String
    public var value: FigureValue

    public init(label: String, value: FigureValue) {
        self.label = label
        self.value = value
    }
}

public enum BarSort: String, Sendable, Hashable, Codable, CaseIterable {
    case none, descending, ascending
}

public enum BarScale: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bar length proportional to the value, from zero.
    case linear
    /// Logarithmic, with a labelled axis: for values that differ a hundredfold or more.
    case log
}

/// A pictogram chart: one icon stands for `per` units.
public struct UnitChartSection: Sendable, Hashable, Codable {
    public var title: String?
    public var icon: String
    /// Units one icon stands for; nil chooses a round number so the largest row stays readable.
    public var per: Double?
    /// What is counted, for the legend ("professionals").
    public var unitLabel: String?
    public var items: [UnitItem]
    public var note: String?

    public init(title: String? = nil, icon: String = "people", per: Double? = nil, unitLabel: String? = nil,
                items: [UnitItem], note: String? = nil) {
        self.title = title
        self.icon = icon
        self.per = per
        self.unitLabel = unitLabel
        self.items = items
        self.note = note
    }
}

public struct UnitItem: Sendable, Hashable, Codable {
    public var label: String
    public var value: FigureValue
    public var highlight: Bool

    public init(label: String, value: FigureValue, highlight: Bool = false) {
        self.label = label
        self.value = value
        self.highlight = highlight
    }
}

/// A few quantities side by side as proportional areas.
public struct ComparisonSection: Sendable, Hashable, Codable {
    public var title: String?
    public var items: [ComparisonItem]
    public var note: String?

    public init(title: String? = nil, items: [ComparisonItem], note: String? = nil) {
        self.title = title
        self.items = items
        self.note = note
    }
}

public struct ComparisonItem: Sendable, Hashable, Codable {
    public var label: String
    public var value: FigureValue

    public init(label: String, value: FigureValue) {
        self.label = label
        self.value = value
    }
}

extension FigureValue {
    /// What the value can be: a range its two ends, an open count from its number up.
    public var span: ClosedRange<Double> {
        switch self {
        case .percent(let v), .money(let v), .count(let v, false): v...v
        case .count(let v, true): v...Double.greatestFiniteMagnitude
        case .range(let lo, let hi): min(lo, hi)...max(lo, hi)
        }
    }

    /// A percentage, an amount or a number: values of different kinds cannot be compared.
    public var kindName: String {
        switch self {
        case .percent: "percentage"
        case .money: "amount"
        case .count, .range: "number"
        }
    }

    /// One number to size a mark by: a range counts as its middle.
    public var magnitude: Double {
        switch self {
        case .percent(let v): v
        case .count(let v, _): v
        case .range(let lo, let hi): (lo + hi) / 2
        case .money(let v): v
        }
    }
}
