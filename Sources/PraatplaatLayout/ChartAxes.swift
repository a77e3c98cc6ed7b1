import Foundation
import PraatplaatModel
import PraatplaatScene

/// What line and column charts share: a value axis with round ticks, its labels in the
/// report's language, an axis of categories or dates, the colours of own and reference series,
/// a legend, and the note that explains gaps and provisional figures.
struct ValueAxis {
    let low: Double
    let high: Double
    let ticks: [Double]
    /// Decimals the tick labels need (a step of 2,5 needs one).
    let decimals: Int

    /// From `from` (or 0, or the lowest value when it is below 0) to a round number above the highest.
    init(values: [Double], from: Double? = nil, maxTicks: Int = 5) {
        let lowest = values.min() ?? 0, highest = values.max() ?? 1
        let start = from ?? min(0, lowest)
        var top = max(highest, start)
        if top - start < 1e-9 { top = start + (start == 0 ? 1 : abs(start) * 0.1) }
        let rough = (top - start) / Double(max(maxTicks - 1, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough * 0.999 } ?? 10 * magnitude
        // A start the report chose stays where it is; otherwise the axis starts on a tick.
        let first = from ?? (start / step).rounded(.down) * step
        let last = (top / step - 1e-9).rounded(.up) * step
        var ticks: [Double] = []
        var t = (first / step - 1e-9).rounded(.up) * step
        while t <= last + step * 1e-6 {
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        low = min(first, ticks.first ?? first)
        high = max(last, low + step)
        self.ticks = ticks
        decimals = max(0, Int((-log10(step)).rounded(.up))) + (abs((step / magnitude) - 2.5) < 1e-9 ? 1 : 0)
    }

    /// 0 at `low`, 1 at `high`.
    func fraction(_ value: Double) -> Double { (value - low) / (high - low) }

    /// A tick's label: `20%`, `€ 2 miljoen`, `1.500`, as the values of the chart are written.
    func label(_ value: Double, kind: FigureValue?, unit: String?, language base: Language) -> String {
        // The ticks are one column of numbers: 6.000 under 12.000, not 6000.
        var language = base
        if max(abs(high), abs(low)) >= 10_000 { language.groupsFourDigits = true }
        switch kind {
        case .percent?: return NumberText.format(value, language: language, maxDecimals: decimals) + "%"
        case .money?: return amount(value, language: language)
        default:
            let number = NumberText.format(value, language: language, maxDecimals: decimals)
            if let unit, unit == "%" { return number + "%" }
            if let unit, Money.isCurrency(unit) { return amount(value, language: language) }
            return number
        }
    }

    /// An amount tick: in millions for every tick once the axis reaches a million (€ 0,5 miljoen
    /// under € 1 miljoen, not € 500.000), so the ticks read as one scale.
    private func amount(_ value: Double, language: Language) -> String {
        guard max(abs(high), abs(low)) >= 1e6, value != 0 else { return Money.format(value, language: language, rounding: .shown) }
        let millions = value / 1e6
        let places = max(0, decimals - 6)
        let euro = language.isDutch ? "€ " : "€"
        let sign = value < 0 ? "\u{2212}" : ""
        return sign + euro + NumberText.format(abs(millions), language: language, maxDecimals: max(places, 1)) + (language.isDutch ? " miljoen" : " million")
    }
}

/// How a line or column chart writes its values, one way for every label of the chart: its
/// rounding, one number of decimals (11,0% beside 12,5%), digit groups alike once one value
/// needs them (6.000 beside 43.125), and amounts of a million and up in millions.
struct SeriesLabels {
    let language: Language
    let unit: String?
    let round: ValueRounding?
    let decimals: Int
    let millions: Bool

    /// `unit` is what labels carry: nil when the axis caption already says it.
    init(_ data: SeriesData, unit: String?, chartUnit: String?, round: ValueRounding?, language base: Language) {
        let values = data.series.flatMap(\.values)
        var language = base
        if values.contains(where: { abs($0.number ?? 0) >= 10_000 }) { language.groupsFourDigits = true }
        self.language = language
        self.unit = unit
        self.round = round
        decimals = FigureValue.decimals(values.compactMap { $0.rounded(round).value })
        millions = SeriesStyle.inMillions(data, unit: chartUnit)
    }

    func text(_ cell: DataCell) -> String {
        let shown = cell.rounded(round)
        if millions { return SeriesStyle.inMillions(shown).formatted(language: language, unit: nil, decimals: 1) }
        return shown.formatted(language: language, unit: unit, decimals: decimals)
    }
}

enum SeriesStyle {
    /// A number of the chart's kind: a total of amounts is an amount.
    static func value(_ v: Double, kind: FigureValue?) -> FigureValue {
        switch kind {
        case .money?: .money(v)
        case .percent?: .percent(v)
        default: .count(v, atLeast: false)
        }
    }

    /// Own series in the theme's series colours in turn, references in muted tones: the report's
    /// figures stand out, Nederland and the region sit behind them.
    static func colours(_ data: SeriesData, theme: Theme) -> [Color] {
        var own = 0, reference = 0
        return data.series.map { s in
            if s.reference {
                defer { reference += 1 }
                return referenceColour(reference, theme: theme)
            }
            defer { own += 1 }
            return theme.seriesColor(own)
        }
    }

    /// The colours a reader must tell apart: each own series and the first reference.
    static func distinctColours(_ data: SeriesData, theme: Theme) -> [Color] {
        let all = colours(data, theme: theme)
        var seenReference = false
        return zip(data.series, all).compactMap { s, c in
            guard s.reference else { return c }
            defer { seenReference = true }
            return seenReference ? nil : c
        }
    }

    /// The muted colour, lighter for each further reference while it keeps 3:1 against the page
    /// (WCAG's contrast for marks), so a second reference is told apart by lightness as well.
    static func referenceColour(_ index: Int, theme: Theme) -> Color {
        let muted = theme.palette.muted, page = theme.palette.background
        var amount = 0.0
        for _ in 0..<index {
            let next = amount + 0.12
            guard ContrastCheck.ratio(muted.mixed(with: page, amount: next), page) >= 3.1 else { break }
            amount = next
        }
        return muted.mixed(with: page, amount: amount)
    }

    /// The first value's kind, for tick labels.
    static func kind(_ data: SeriesData) -> FigureValue? {
        data.series.lazy.flatMap(\.values).compactMap(\.value).first
    }

    /// A word unit (`kinderen`) is said once above the value axis; `%` and `€` go with each tick.
    /// Amounts of a million and more are drawn in millions: ticks and labels bare (`1,3`), and
    /// "€ miljoen" said once above the axis, so a column's label fits over it and the ticks and
    /// labels read as one scale.
    static func inMillions(_ data: SeriesData, unit: String?) -> Bool {
        let money: Bool = if case .money? = kind(data) { true } else { unit.map { Money.isCurrency(InlineText.plain($0)) } ?? false }
        return money && data.series.flatMap(\.values).contains { abs($0.number ?? 0) >= 1e6 }
    }

    static func millionsCaption(_ language: Language) -> String { language.isDutch ? "€ miljoen" : "€ million" }

    /// A value in millions, keeping its marks (provisional, signed).
    static func inMillions(_ cell: DataCell) -> DataCell {
        var c = cell
        if let v = cell.number, cell.value != nil { c.value = .count(v / 1e6, atLeast: false) }
        return c
    }

    /// Tick labels in millions, with as few decimals as the steps need.
    static func millionTicks(_ ticks: [Double], language: Language) -> [String] {
        let scaled = ticks.map { $0 / 1e6 }
        let decimals = (0...2).first { d in scaled.allSatisfy { abs($0 * pow(10, Double(d)) - ($0 * pow(10, Double(d))).rounded()) < 1e-6 } } ?? 2
        return scaled.map { NumberText.fixed($0, language: language, decimals: decimals) }
    }

    /// Gridlines are scaffolding: the theme's rule colour, unless that is as strong as text (the
    /// high-contrast theme's black rules would compete with the lines), then its track colour.
    static func gridColour(_ theme: Theme) -> Color {
        ContrastCheck.ratio(theme.palette.rule, theme.palette.background) > 4.5 ? theme.palette.track : theme.palette.rule
    }

    static func axisCaption(_ unit: String?) -> String? {
        guard let unit = unit.map(InlineText.plain), !unit.isEmpty, unit != "%", !Money.isCurrency(unit) else { return nil }
        return unit
    }

    /// Which axis labels to write so they do not touch: every `step`th, always the first and last.
    static func labelStep(widths: [Double], spacing: Double) -> Int {
        guard let widest = widths.max(), spacing > 0 else { return 1 }
        return max(1, Int(((widest + spacing * 0.25) / spacing).rounded(.up)))
    }

    /// A legend: a swatch and a name per series, wrapped into rows; returns the height used.
    /// The marks that tell reference lines apart when their greys are close: none for the first
    /// (and for the report's own lines, which have colours), then open squares, then diamonds,
    /// at every point and in the legend.
    enum Marker { case square, diamond }

    static func markers(_ data: SeriesData) -> [Marker?] {
        var reference = 0
        return data.series.map { s in
            guard s.reference else { return nil }
            defer { reference += 1 }
            switch reference {
            case 0: return nil
            case 1: return .square
            default: return .diamond
            }
        }
    }

    static func marker(_ m: Marker, at p: Point, size: Double, colour: Color, background: Color, into b: inout BlockBuilder) {
        let h = size / 2
        let shape: Shape = switch m {
        case .square: .rect(Rect(x: p.x - h, y: p.y - h, width: size, height: size), cornerRadius: 0)
        case .diamond: .path([.move(Point(x: p.x, y: p.y - h * 1.25)), .line(Point(x: p.x + h * 1.25, y: p.y)), .line(Point(x: p.x, y: p.y + h * 1.25)),
                             .line(Point(x: p.x - h * 1.25, y: p.y)), .close])
        }
        b.add(.fill(shape, background))
        b.add(.stroke(shape, Stroke(color: colour, width: 0.9)))
    }

    static func legend(_ names: [String], colours: [Color], line: Bool, markers: [Marker?] = [], at y: Double, into b: inout BlockBuilder, _ ctx: LayoutContext) -> Double {
        let t = ctx.theme
        let size = t.type.footer * 1.1
        let font = t.font(size)
        let lineHeight = ctx.lineHeight(size, leading: 1.5)
        let swatch = line ? size * 1.6 : size * 0.8
        var x = 0.0, row = 0
        for (i, name) in names.enumerated() {
            let span = TextSpan(text: InlineText.plain(name), font: font, color: t.palette.text)
            let width = swatch + size * 0.4 + ctx.measurer.width(of: [span])
            if x > 0, x + width > ctx.width { x = 0; row += 1 }
            let top = y + Double(row) * lineHeight
            if line {
                b.add(.stroke(.line(from: Point(x: x, y: top + lineHeight / 2), to: Point(x: x + swatch, y: top + lineHeight / 2)),
                              Stroke(color: colours[i], width: 2, lineCap: .round)))
                if i < markers.count, let m = markers[i] {
                    marker(m, at: Point(x: x + swatch / 2, y: top + lineHeight / 2), size: size * 0.55, colour: colours[i], background: t.palette.background, into: &b)
                }
            } else {
                b.add(.fill(.rect(Rect(x: x, y: top + (lineHeight - swatch) / 2, width: swatch, height: swatch), cornerRadius: 1), colours[i]))
            }
            b.text([span], x: x + swatch + size * 0.4, y: top, width: min(ctx.width - x - swatch - size * 0.4, width) + 0.01, lineHeight: lineHeight, hyphenate: false)
            x += width + size * 1.2
        }
        return Double(row + 1) * lineHeight
    }

    /// "Geen gegevens: Lindenmeer 2021. * Voorlopig (gestippeld)." Nil when every value is there.
    /// `drawn` says how a provisional value looks: dashed on a line, lighter in a column.
    static func signsNote(_ data: SeriesData, drawn: Provisional, language: Language) -> String? {
        let labels = data.axisLabels(language: language)
        var parts: [String] = []
        for sign in data.missingSigns where sign != .nihil {
            let places = data.series.flatMap { s in
                s.values.indices.filter { s.values[$0].sign == sign }.map { "\(InlineText.plain(s.label)) \(labels[$0])" }
            }
            let meaning = sign.meaning(language)
            parts.append(meaning.prefix(1).uppercased() + meaning.dropFirst() + ": " + places.joined(separator: ", "))
        }
        if data.hasProvisional {
            let word = language.phrases.provisional
            let how = switch drawn {
            case .dashed: " (\(language.phrases.dashed))"
            case .lighter: " (\(language.phrases.lighter))"
            case .marked: ""
            }
            // Escaped: the note is inline markup, where a lone star would pair with one of the user's.
            parts.append("\\* " + word.prefix(1).uppercased() + word.dropFirst() + how)
        }
        return parts.isEmpty ? nil : parts.joined(separator: ". ") + "."
    }

    enum Provisional { case dashed, lighter, marked }

    /// The section's note and the signs note, as one line under the chart.
    static func note(_ own: String?, signs: String?) -> String? {
        switch (own, signs) {
        case (nil, nil): nil
        case (let a?, nil): a
        case (nil, let b?): b
        case (let a?, let b?): b + " " + a
        }
    }

    /// Black or white, whichever reads better on `fill` (labels inside bars).
    static func textColour(on fill: Color, theme: Theme) -> Color {
        let l = ContrastCheck.luminance(fill)
        let dark = ContrastCheck.luminance(theme.palette.text)
        return (l + 0.05) / (dark + 0.05) >= (1.05) / (l + 0.05) ? theme.palette.text : .white
    }
}
