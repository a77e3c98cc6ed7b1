import PraatplaatModel

/// The report file format: every mapping, its fields and their shapes. `ReportDecoder` and
/// `SectionDecoder` read through these, and `praatplaat schema` prints them as a JSON Schema.
public enum ReportFormat {
    public static let report = ObjectShape(id: "report", doc: "A report: a title, page settings and typed sections, laid out in order.", fields: [
        FieldSpec("title", .text(.plain), required: true, "The report's title, at the top of the first page and in the PDF's metadata."),
        FieldSpec("subtitle", .text(.plain), "A line under the title."),
        FieldSpec("organisation", .text(.plain), "Who publishes the report; shown in the footer and the PDF's author field."),
        FieldSpec("date", .text(.plain), "When it appeared: 2025, mei 2025, 12 mei 2025, 2025-05-12 or a period such as 2024/2025; shown in the header and written as the PDF's date."),
        FieldSpec("language", .text(.language), "Language tag of the text (nl, en, nl-BE); sets number formats and hyphenation. Default: nl."),
        FieldSpec("keywords", .list(of: .text(.plain), minItems: 0, limit: .items), "Keywords for the PDF's metadata."),
        FieldSpec("hyphenate", .bool, "false: words too wide for their line are never broken at a syllable (they still split where the line runs out). Default: true."),
        FieldSpec("page", .object(page), "Paper size, orientation, margin and fit."),
        FieldSpec("theme", .theme, "Colours, fonts and logo: a built-in theme (default, monochrome for black-and-white printers, high-contrast) or a theme file next to the report (see docs/themes.md)."),
        FieldSpec("sections", .list(of: .object(section), minItems: 1, limit: .sections), required: true,
                  "The content, in reading order. Each section has a 'kind'."),
    ])

    public static let page = ObjectShape(id: "page", doc: "The paper the report is laid out on.", fields: [
        FieldSpec("size", .choice(PaperSize.self), "Paper size. Default: A4."),
        FieldSpec("orientation", .choice(Orientation.self), "portrait (default) or landscape."),
        FieldSpec("width", .number(50...5000, unit: "mm"), "A page width of its own, in millimetres (with 'height'); overrides 'size'."),
        FieldSpec("height", .number(50...5000, unit: "mm"), "A page height of its own, in millimetres (with 'width')."),
        FieldSpec("margin", .number(0...100, unit: "mm"), "Margin on all sides in millimetres. Default: scaled with the paper."),
        FieldSpec("fit", .bool, "Keep everything on one page, making type smaller (down to 70%) if needed: for posters."),
    ], together: [["width", "height"]])

    /// The built-in themes a report may name (kept equal to the layout's list by a test).
    public static let themes = ["default", "monochrome", "high-contrast"]

    /// Fields every section has besides its own.
    public static let common: [FieldSpec] = [
        FieldSpec("kind", .choice(SectionKind.self), required: true, "What the section shows."),
        FieldSpec("width", .choice(SectionWidth.self), "Share of the row: full, half, third, twoThirds; auto lets the layout choose."),
        FieldSpec("hyphenate", .bool, "false: this section's words are never broken at a syllable, whatever the report says. Default: the report's."),
    ]

    /// The fields of each kind of section, besides `common`.
    public static func fields(of kind: SectionKind) -> ObjectShape {
        switch kind {
        case .definition: definition
        case .keyFigures: keyFigures
        case .list: list
        case .barChart: barChart
        case .lineChart: lineChart
        case .columnChart: columnChart
        case .stackedBar: stackedBar
        case .table: table
        case .unitChart: unitChart
        case .comparison: comparison
        case .map: map
        case .partners: partners
        case .quote: quote
        case .recommendations: recommendations
        case .text: text
        case .image: image
        case .sources: sources
        }
    }

    /// A section as a whole: `kind` picks one of the shapes above.
    static let section = ObjectShape(id: "section", doc: "One block of the report; 'kind' says which.", fields: common)

    static let title = FieldSpec("title", .text(.plain), "A heading above the section.")
    static let note = FieldSpec("note", .text(.inline), "A small note under the chart, e.g. the source of the numbers.")
    static let round = FieldSpec("round", .choice(ValueRounding.self),
                                 "Round what is drawn: whole, thousands or millions (to 0,1 miljoen); the rule is said under it, the alt text keeps the exact value.")

    static let definition = ObjectShape(id: "definition", doc: "A highlighted definition: what the subject is.", fields: [
        title, FieldSpec("text", .text(.inline), required: true, "The definition."),
    ])

    static let keyFigure = ObjectShape(id: "keyFigure", doc: "One figure and what it counts.", fields: [
        FieldSpec("value", .figure(percent: true), required: true, "40%, 1.500, 400-500 or 30.000+; percentages are drawn as donuts or bars."),
        FieldSpec("label", .text(.inline), required: true, "What the figure counts."),
        FieldSpec("show", .text(.plain), "Words shown instead of the number ('enkele honderden'); the number stays in the alt text."),
        FieldSpec("compare", .object(figureReference), "The figure to read it against: 'label' (Nederland) and 'value'."),
        round,
    ])

    static let figureReference = ObjectShape(id: "figureReference", doc: "The national or regional figure a key figure is compared with.", fields: [
        FieldSpec("label", .text(.plain), required: true, "Whose figure it is: Nederland, de regio."),
        FieldSpec("value", .figure(percent: true), required: true, "Its value, written like the key figure's."),
    ])

    static let keyFigures = ObjectShape(id: "keyFigures", doc: "Large numbers with a label each.", fields: [
        title,
        FieldSpec("figures", .list(of: .object(keyFigure), minItems: 1, limit: .items), required: true, "The figures, in order."),
        FieldSpec("style", .choice(PercentStyle.self), "How percentages are drawn: donut (default) or bar."),
    ])

    static let listItem = ObjectShape(id: "listItem", doc: "An entry with an icon of its own.", fields: [
        FieldSpec("text", .text(.inline), required: true, "The entry."),
        FieldSpec("icon", .file, "A built-in icon name or a PNG/SVG file next to the report."),
        FieldSpec("tint", .bool, "Draw the icon in the accent colour (true) or as itself (false). Default: true for built-in icons and one-colour SVGs, false for multi-colour SVGs and PNGs."),
    ])

    static let list = ObjectShape(id: "list", doc: "A list of short entries, with bullets, numbers or icons.", fields: [
        title,
        FieldSpec("items", .list(of: .textOr(listItem), minItems: 1, limit: .items), required: true, "The entries: text, or 'text' with an 'icon'."),
        FieldSpec("numbered", .bool, "Number the entries instead of bullets."),
    ])

    static let bar = ObjectShape(id: "bar", doc: "One bar.", fields: [
        FieldSpec("label", .text(.plain), required: true, "What the bar stands for."),
        FieldSpec("value", .figure(percent: true), required: true, "Its value: a number, percentage, range or open count."),
    ])

    static let barChart = ObjectShape(id: "barChart", doc: "Horizontal bars, with the values written next to them.", fields: [
        title,
        FieldSpec("bars", .list(of: .object(bar), minItems: 1, limit: .items), required: true, "The bars."),
        FieldSpec("unit", .text(.plain), "Unit after each value, e.g. 'kinderwerkers'."),
        FieldSpec("sort", .choice(BarSort.self), "Order of the bars: none (as written), descending or ascending."),
        FieldSpec("scale", .choice(BarScale.self), "linear (default), or log for values that differ by orders of magnitude."),
        FieldSpec("highlight", .text(.plain), "The label of a bar to draw in the accent colour."),
        FieldSpec("overlap", .bool, "The percentages may add up to more than 100% (several answers per person); silences that warning."),
        FieldSpec("max", .number(0...1e12, unit: nil), "Where a full-length bar ends. Default: 100 for percentages, the largest bar for counts."),
        round, note,
    ])

    static let series = ObjectShape(id: "series", doc: "One series: a value for each point of the axis.", fields: [
        FieldSpec("label", .text(.plain), required: true, "Whose values they are: Lindenmeer, Nederland, 0-3 jaar."),
        FieldSpec("values", .list(of: .cell, minItems: 1, limit: .items), required: true,
                  "One value per axis point, in order: 12, 12,5%, € 1,2 miljoen, -5, +3,2%, 12* (provisional), or . x - for unknown, secret, nil; empty for no data."),
        FieldSpec("reference", .bool, "A series to read the others against (Nederland, de regio): drawn in a quieter colour."),
    ])

    static let rowFilter = ObjectShape(id: "rowFilter", doc: "Only the rows of the data file whose column holds a value.", fields: [
        FieldSpec("column", .text(.plain), required: true, "The column to look in."),
        FieldSpec("is", .text(.plain), required: true, "The value a row must hold there (compared without regard to case)."),
    ])

    static let dataFile = FieldSpec("file", .dataFile, required: true, "A CSV or TSV file (UTF-8, separated by ; , or tabs) or an Excel workbook (.xlsx) next to the report, with a header row.")
    static let dataSheet = FieldSpec("sheet", .text(.plain), "The sheet of a workbook (default: its first).")
    static let dataWhere = FieldSpec("where", .object(rowFilter), "Only the rows whose column holds this value, as in a long file with a row per municipality and year.")

    static let dataSeries = ObjectShape(id: "dataSeries", doc: "A series read from a column of the data file.", fields: [
        FieldSpec("column", .text(.plain), required: true, "The column holding its values."),
        FieldSpec("label", .text(.plain), "Its name in the chart (default: the column's name)."),
        FieldSpec("reference", .bool, "A series to read the others against (Nederland, de regio): drawn in a quieter colour."),
        FieldSpec("where", .object(rowFilter), "Only the rows whose column holds this value (added to the data's own 'where')."),
    ])

    static let chartData = ObjectShape(id: "chartData", doc: "The chart's values from a data file: a column of axis points and a column per series.", fields: [
        dataFile, dataSheet, dataWhere,
        FieldSpec("axis", .text(.plain), "The column of the axis points (default: the first)."),
        FieldSpec("series", .list(of: .textOr(dataSeries), minItems: 1, limit: .items), "The columns of the series (default: every other column)."),
    ])

    static let tableData = ObjectShape(id: "tableData", doc: "The table's rows from a data file.", fields: [dataFile, dataSheet, dataWhere])

    static let chartDataField = FieldSpec("data", .textOr(chartData), "Read the axis and series from a file instead: its name, or 'file' with 'axis' and 'series' columns.")

    static let axis = FieldSpec("axis", .list(of: .text(.plain), minItems: 1, limit: .items),
                                "The points along the axis, in order: years (2019), months (mei 2021), dates, school years (2023/2024) or categories.")
    static let seriesList = FieldSpec("series", .list(of: .object(series), minItems: 1, limit: .items), "The series, each with a value per axis point.")
    static let chartUnit = FieldSpec("unit", .text(.plain), "Unit of the values: %, € (written before the number) or a word such as 'kinderen'.")
    static let valueLabels = FieldSpec("values", .choice(ValueLabels.self), "Which values are written: auto (default), last, all or none.")

    static let lineChart = ObjectShape(id: "lineChart", doc: "Lines over an ordered axis (years, months), the report's own series against reference series.", fields: [
        title, axis, seriesList, chartDataField, chartUnit, valueLabels,
        FieldSpec("from", .number(-1e12...1e12, unit: nil), "Where the y-axis starts. Default: 0; another start is drawn with a break mark."),
        round, note,
    ], exactlyOne: [["axis", "data"]], together: [["axis", "series"]])

    static let columnChart = ObjectShape(id: "columnChart", doc: "Vertical bars over years or categories: one series, several side by side, or stacked.", fields: [
        title, axis, seriesList, chartDataField, chartUnit,
        FieldSpec("stacked", .bool, "Stack the series in one column per axis point instead of side by side."),
        valueLabels, round, note,
    ], exactlyOne: [["axis", "data"]], together: [["axis", "series"]])

    static let stackedBar = ObjectShape(id: "stackedBar", doc: "The parts of a whole in one or more rows: the axis points are the rows, the series the parts.", fields: [
        title,
        FieldSpec("axis", .list(of: .text(.plain), minItems: 1, limit: .items), "The rows, in order (wijken, years)."),
        FieldSpec("series", .list(of: .object(series), minItems: 1, limit: .items), "The parts of each row, each with a value per row."),
        chartDataField, chartUnit,
        FieldSpec("mode", .choice(StackMode.self), "share (default): every row is 100%; count: the rows keep their sizes."),
        FieldSpec("split", .bool, "Two series back to back from a middle line, as in a population pyramid."),
        round, note,
    ], exactlyOne: [["axis", "data"]], together: [["axis", "series"]])

    static let tableColumn = ObjectShape(id: "tableColumn", doc: "A column's heading and how its numbers are shown.", fields: [
        FieldSpec("label", .text(.plain), required: true, "The heading."),
        FieldSpec("unit", .text(.plain), "The unit of its numbers (€, %, kinderen), said once in a units row."),
        FieldSpec("bars", .bool, "Small bars beside the numbers, to the column's largest."),
        FieldSpec("column", .text(.plain), "With 'data': the file's column it shows (default: the one named like its label)."),
    ])

    static let table = ObjectShape(id: "table", doc: "Rows and columns of text and numbers; numbers right-aligned in the report's language.", fields: [
        title,
        FieldSpec("columns", .list(of: .textOr(tableColumn), minItems: 1, limit: .items),
                  "The headings: text, or 'label' with a 'unit' and 'bars'. With 'data', the file's columns to show (default: all)."),
        FieldSpec("rows", .list(of: .list(of: .cell, minItems: 1, limit: .items), minItems: 1, limit: .items),
                  "The rows, each a list with a cell per column; the first cell names the row."),
        FieldSpec("data", .textOr(tableData), "Read the rows from a file instead: its name, or 'file' with a 'sheet' and 'where'."),
        FieldSpec("total", .bool, "The last row is a totals row: set in bold under a rule."),
        FieldSpec("highlight", .text(.plain), "The first cell of the row to highlight (the municipality)."),
        note,
    ], exactlyOne: [["rows", "data"]], atLeastOne: [["columns", "data"]])

    static let unitRow = ObjectShape(id: "unitRow", doc: "One row of icons.", fields: [
        FieldSpec("label", .text(.plain), required: true, "What the row counts."),
        FieldSpec("value", .figure(percent: false), required: true, "The count: a number, range or open count."),
        FieldSpec("highlight", .bool, "Draw this row in the accent colour."),
    ])

    static let unitChart = ObjectShape(id: "unitChart", doc: "Rows of icons, one icon per so many units.", fields: [
        title,
        FieldSpec("icon", .file, "The icon repeated in the rows. Default: people."),
        FieldSpec("per", .number(1e-9...1e12, unit: nil), "Units one icon stands for; chosen automatically when left out."),
        FieldSpec("unitLabel", .text(.plain), "What a unit is, for the legend, e.g. 'kinderwerkers'."),
        FieldSpec("items", .list(of: .object(unitRow), minItems: 1, limit: .items), required: true, "The rows."),
        note,
    ])

    static let comparisonItem = ObjectShape(id: "comparisonItem", doc: "One of the compared quantities.", fields: [
        FieldSpec("label", .text(.plain), required: true, "What is counted."),
        FieldSpec("value", .figure(percent: false), required: true, "The count: a number, range or open count."),
    ])

    static let comparison = ObjectShape(id: "comparison", doc: "Quantities side by side, drawn as areas to scale.", fields: [
        title,
        FieldSpec("items", .list(of: .object(comparisonItem), minItems: 1, limit: .items), required: true, "The quantities."),
        note,
    ])

    static let mapValue = ObjectShape(id: "mapValue", doc: "The value of one region.", fields: [
        FieldSpec("region", .text(.plain), required: true, "The region's key as its 'join' property holds it: WK099901, or Centrum."),
        FieldSpec("value", .cell, required: true, "Its value: 12, 12,5%, € 1.200, -3,5 or +2%; . or x (unknown, secret) or empty is drawn as no data."),
    ])

    static let mapData = ObjectShape(id: "mapData", doc: "The map's values from a data file: a column of region keys and a column of values.", fields: [
        dataFile, dataSheet, dataWhere,
        FieldSpec("region", .text(.plain), "The column of region keys (default: the first)."),
        FieldSpec("value", .text(.plain), "The column of values (default: the second)."),
    ])

    static let map = ObjectShape(id: "map", doc: "The regions of a municipality (wijken, buurten) coloured by a value each, or the values as circles.", fields: [
        title,
        FieldSpec("shapes", .mapFile, required: true,
                  "A GeoJSON or TopoJSON file next to the report with the regions as Polygon or MultiPolygon features, in RD New (EPSG:28992) or WGS84 (see docs/maps.md)."),
        FieldSpec("object", .text(.plain), "In a TopoJSON file: the object that holds the regions (default: the first)."),
        FieldSpec("join", .text(.plain), "The regions' property the values name, such as statcode or statnaam. Default: statcode when the regions have it, else statnaam."),
        FieldSpec("label", .text(.plain), "The property that names a region on the map. Default: statnaam when the regions have it, else 'join'."),
        FieldSpec("values", .list(of: .object(mapValue), minItems: 1, limit: .items), "The values, each with the 'region' it belongs to."),
        FieldSpec("data", .textOr(mapData), "Read the values from a file instead: its name, or 'file' with 'region' and 'value' columns."),
        chartUnit,
        FieldSpec("show", .choice(MapStyle.self), "colours (default): every region in the colour of its class; circles: a circle per value whose area is in proportion to it."),
        FieldSpec("classes", .choice(MapClassMethod.self),
                  "How values are put into classes: quantiles (default, about as many regions in each), equal (equal steps), rounded (equal steps with round limits) or breaks (the limits in 'breaks')."),
        FieldSpec("count", .number(2...7, unit: nil), "How many classes, 2 to 7. Default: 4."),
        FieldSpec("breaks", .list(of: .number(-1e12...1e12, unit: nil), minItems: 1, limit: .items), "With classes: breaks, the limits between classes, ascending; a class holds values up to and including its limit."),
        FieldSpec("scheme", .choice(MapScheme.self), "sequential (default): light to dark, more is darker; diverging: two colours away from 'middle', for changes and values around a norm."),
        FieldSpec("middle", .number(-1e12...1e12, unit: nil), "Where a diverging scheme turns. Default: 0."),
        FieldSpec("labels", .choice(MapLabels.self), "auto (default): region names where they fit, with leader lines for a few small ones; none: no names."),
        FieldSpec("highlight", .text(.plain), "The region to draw out with a heavy border, by key or name: the one a factsheet is about."),
        FieldSpec("outline", .mapFile, "A GeoJSON or TopoJSON file with the surrounding area (the municipality), drawn as a line around the regions."),
        FieldSpec("points", .mapFile, "With show: circles, a GeoJSON file of Point features joined on 'join' like the regions; without it the circles stand in the regions."),
        note,
    ], exactlyOne: [["values", "data"]])

    static let partnerGroup = ObjectShape(id: "partnerGroup", doc: "A named group of partners.", fields: [
        FieldSpec("name", .text(.plain), "The group's name."),
        FieldSpec("items", .list(of: .text(.plain), minItems: 1, limit: .items), required: true, "The partners in the group."),
    ])

    static let partners = ObjectShape(id: "partners", doc: "Who works together, as labels; give 'items' or 'groups'.", fields: [
        title,
        FieldSpec("text", .text(.inline), "A sentence above the partners."),
        FieldSpec("items", .list(of: .text(.plain), minItems: 1, limit: .items), "The partners, in one group."),
        FieldSpec("groups", .list(of: .object(partnerGroup), minItems: 1, limit: .items), "The partners, in named groups."),
    ], exactlyOne: [["items", "groups"]])

    static let quote = ObjectShape(id: "quote", doc: "A quotation and who said it.", fields: [
        FieldSpec("text", .text(.inline), required: true, "The words quoted."),
        FieldSpec("person", .text(.plain), "Who said it."),
        FieldSpec("role", .text(.plain), "The person's role or organisation."),
    ])

    static let recommendation = ObjectShape(id: "recommendation", doc: "A recommendation with a short title.", fields: [
        FieldSpec("title", .text(.plain), "The recommendation in a few words."),
        FieldSpec("text", .text(.inline), required: true, "The recommendation."),
    ])

    static let recommendationGroup = ObjectShape(id: "recommendationGroup", doc: "Recommendations for one audience.", fields: [
        FieldSpec("audience", .text(.plain), required: true, "Who the recommendations are for."),
        FieldSpec("items", .list(of: .textOr(recommendation), minItems: 1, limit: .items), required: true,
                  "The recommendations: text, or 'title' and 'text'."),
    ])

    static let recommendations = ObjectShape(id: "recommendations", doc: "Recommendations grouped by audience.", fields: [
        title,
        FieldSpec("groups", .list(of: .object(recommendationGroup), minItems: 1, limit: .items), required: true, "One group per audience."),
    ])

    static let text = ObjectShape(id: "text", doc: "A paragraph or more of running text.", fields: [
        title, FieldSpec("text", .text(.inline), required: true, "The text; a blank line starts a new paragraph."),
    ])

    static let image = ObjectShape(id: "image", doc: "A picture from the report's folder.", fields: [
        title,
        FieldSpec("source", .file, required: true, "A PNG or SVG file next to the report (or below it), or a built-in icon name."),
        FieldSpec("alt", .text(.plain), "What the picture shows, for readers who cannot see it. Left out, a warning says so."),
        FieldSpec("caption", .text(.inline), "A line under the picture."),
        FieldSpec("height", .number(10...1000, unit: "mm"), "Height on paper in millimetres; the width follows from the proportions, never wider than the column."),
        FieldSpec("aspect", .text(.plain), "Proportions of the frame the picture fills, width to height, such as 16:9 or 1:1; the picture is cropped at its edges to fill it. Default: the file's own."),
    ])

    static let source = ObjectShape(id: "source", doc: "A source with a link; give 'text', 'url' or both.", fields: [
        FieldSpec("text", .text(.inline), "The source: title, author, year. Left out, the address stands in and a warning says so."),
        FieldSpec("url", .text(.url), "Where to find it (http, https or mailto)."),
    ], atLeastOne: [["text", "url"]])

    static let sources = ObjectShape(id: "sources", doc: "The sources of the report, at its end.", fields: [
        title,
        FieldSpec("items", .list(of: .textOr(source), minItems: 1, limit: .items), required: true, "The sources: text, or 'text' and 'url'."),
    ])
}
