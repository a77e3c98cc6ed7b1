/// Values along an axis: the data of line, column and stacked-bar charts. Every series has one
/// cell per axis point (the loader checks), so charts index them together.
public struct SeriesData: Sendable, Hashable, Codable {
    /// The axis points as written: years, months, dates, school years or categories.
    public var axis: [String]
    public var series: [DataSeries]

    public init(axis: [String], series: [DataSeries]) {
        self.axis = axis
        self.series = series
    }

    /// The axis points as dates when every one of them is one (`2019`, `mei 2021`, `2023/2024`).
    public var dates: [ReportDate]? {
        var out: [ReportDate] = []
        for point in axis {
            guard case .success(let date) = ReportDate.parse(point) else { return nil }
            out.append(date)
        }
        return out
    }

    /// Axis labels as the page shows them: dates in the report's language, other labels as written.
    public func axisLabels(language: Language) -> [String] {
        dates?.map { $0.formatted(language: language) } ?? axis.map(InlineText.plain)
    }

    /// The signs used for values that are not there, in the order of the legend of signs.
    public var missingSigns: [MissingSign] {
        let used = Set(series.flatMap(\.values).compactMap(\.sign))
        return MissingSign.allCases.filter(used.contains)
    }

    public var hasProvisional: Bool { series.contains { $0.values.contains(where: \.provisional) } }
}

public struct DataSeries: Sendable, Hashable, Codable {
    public var label: String
    public var values: [DataCell]
    /// A series to read the others against (Nederland, de regio): drawn in a quieter colour.
    public var reference: Bool

    public init(label: String, values: [DataCell], reference: Bool = false) {
        self.label = label
        self.values = values
        self.reference = reference
    }
}

/// Which values a chart writes on the page.
public enum ValueLabels: String, Sendable, Hashable, Codable, CaseIterable {
    /// The last value of each line (default for lines); every value that fits for columns.
    case auto
    case last, all, none
}

/// One or more lines over an ordered axis.
public struct LineChartSection: Sendable, Hashable, Codable {
    public var title: String?
    public var data: SeriesData
    public var unit: String?
    public var values: ValueLabels
    /// Where the y-axis starts; nil is 0. A start above 0 is drawn with a break mark.
    public var from: Double?
    public var note: String?
    /// How the values written on the chart are rounded (the alt text keeps them exact).
    public var round: ValueRounding?

    public init(title: String? = nil, data: SeriesData, unit: String? = nil, values: ValueLabels = .auto, from: Double? = nil, note: String? = nil) {
        self.title = title; self.data = data; self.unit = unit; self.values = values; self.from = from; self.note = note
    }
}

/// Vertical bars over years or categories: one series, several side by side, or stacked.
public struct ColumnChartSection: Sendable, Hashable, Codable {
    public var title: String?
    public var data: SeriesData
    public var unit: String?
    public var stacked: Bool
    public var values: ValueLabels
    public var note: String?
    /// How the values written on the chart are rounded (the alt text keeps them exact).
    public var round: ValueRounding?

    public init(title: String? = nil, data: SeriesData, unit: String? = nil, stacked: Bool = false, values: ValueLabels = .auto, note: String? = nil) {
        self.title = title; self.data = data; self.unit = unit; self.stacked = stacked; self.values = values; self.note = note
    }
}

/// The parts of a whole in one or more rows: the axis points are the rows, the series the parts.
public struct StackedBarSection: Sendable, Hashable, Codable {
    public var title: String?
    public var data: SeriesData
    public var unit: String?
    /// `share` draws every row as 100%; `count` draws the counts on one scale.
    public var mode: StackMode
    /// Two series back to back from a middle line (a population pyramid).
    public var split: Bool
    public var note: String?
    /// How the values written on the chart are rounded (the alt text keeps them exact).
    public var round: ValueRounding?

    public init(title: String? = nil, data: SeriesData, unit: String? = nil, mode: StackMode = .share, split: Bool = false, note: String? = nil) {
        self.title = title; self.data = data; self.unit = unit; self.mode = mode; self.split = split; self.note = note
    }
}

public enum StackMode: String, Sendable, Hashable, Codable, CaseIterable {
    case share, count
}

extension DataCell: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard case .success(let cell) = DataCell.parse(text, language: .english, single: false) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a data value: \(text)")
        }
        self = cell
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value {
            // The sign first and in ASCII, as `parse` reads it back.
            var text = value.magnitude < 0 ? "-" + value.negated.canonical : value.canonical
            if signed, value.magnitude >= 0 { text = "+" + text }
            try container.encode(provisional ? text + "*" : text)
        } else {
            try container.encode((sign ?? .empty).rawValue)
        }
    }
}
