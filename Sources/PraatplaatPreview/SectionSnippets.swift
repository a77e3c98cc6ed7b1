import PraatplaatModel

/// "Add a section of kind X": a filled-in example of every kind, as the editor inserts it
/// under `sections:`. The switch has no default, so a new kind does not build without one;
/// PreviewTests loads every snippet. The texts are sample data, in Dutch like the reports.
enum SectionSnippets {
    static func snippet(_ kind: SectionKind) -> String {
        switch kind {
        case .definition:
            """
            - kind: definition
              title: Wat is kinderwerk?
              text: Kinderwerk is sociaal werk voor **alle kinderen tot 12 jaar** in de buurt.
            """
        case .keyFigures:
            """
            - kind: keyFigures
              title: In cijfers (voorbeeld)
              figures:
                - { value: 40%, label: van de kinderen doet mee }
                - { value: 1250, label: kinderen bereikt in een jaar }
                - { value: 12, label: kinderwerkers }
            """
        case .list:
            """
            - kind: list
              title: Waar werken ze aan?
              items:
                - { icon: heart, text: Een **gezonde leefstijl** }
                - { icon: eye, text: Zorgen **vroeg signaleren** }
            """
        case .barChart:
            """
            - kind: barChart
              title: Deelnemers per wijk (voorbeeld)
              bars:
                - { label: Centrum, value: 140 }
                - { label: Meerzicht, value: 95 }
            """
        case .lineChart:
            """
            - kind: lineChart
              title: Bereik van het kinderwerk (voorbeeld)
              unit: "%"
              axis: [2021, 2022, 2023]
              series:
                - { label: Onze gemeente, values: [11, 13, 14] }
                - { label: Nederland, reference: true, values: [12, 12, 13] }
            """
        case .columnChart:
            """
            - kind: columnChart
              title: Activiteiten per jaar (voorbeeld)
              unit: activiteiten
              axis: [2023, 2024, 2025]
              series:
                - { label: Binnen, values: [365, 380, 410] }
            """
        case .stackedBar:
            """
            - kind: stackedBar
              title: Deelnemers naar leeftijd (voorbeeld)
              axis: [Centrum, Meerzicht]
              series:
                - { label: 4–6 jaar, values: [38, 22] }
                - { label: 7–12 jaar, values: [102, 73] }
            """
        case .table:
            """
            - kind: table
              title: Begroting (voorbeeld)
              columns: [Post, { label: "2025", unit: € }]
              rows:
                - [Kinderwerkers, "€ 441.950"]
                - [Huur, "€ 98.400"]
                - [Totaal, "€ 540.350"]
              total: true
            """
        case .unitChart:
            """
            - kind: unitChart
              title: Weinig handen
              icon: person
              unitLabel: professionals
              items:
                - { label: Kinderwerkers, value: 400-500, highlight: true }
                - { label: Jeugdzorg, value: 30000+ }
            """
        case .comparison:
            """
            - kind: comparison
              title: Veel kinderen, weinig kinderwerkers
              items:
                - { label: kinderen van 4 tot 12 jaar, value: 1.500.000 }
                - { label: kinderwerkers, value: 400-500 }
            """
        case .partners:
            """
            - kind: partners
              title: Met wie werken ze samen?
              groups:
                - name: In de wijk
                  items: [basisschool, kinderopvang, wijkteam]
            """
        case .quote:
            """
            - kind: quote
              text: Kinderwerk is er voordat het misgaat, niet pas daarna.
              person: Een kinderwerker
            """
        case .recommendations:
            """
            - kind: recommendations
              title: Aanbevelingen
              groups:
                - audience: Voor beleidsmakers
                  items:
                    - Investeer vroeg in de ontwikkeling van kinderen.
            """
        case .text:
            """
            - kind: text
              title: Waarom dit overzicht
              text: |
                Kinderwerk is in veel gemeenten onzichtbaar in de cijfers.
            """
        case .map:
            """
            - kind: map
              title: Bereik per wijk
              shapes: wijken.geojson  # GeoJSON or TopoJSON next to the report (docs/maps.md)
              join: statnaam
              unit: "%"
              values:
                - { region: Centrum, value: 24% }
                - { region: Oeverland, value: 8% }
            """
        case .image:
            """
            - kind: image
              source: foto.png        # a PNG or SVG next to the report
              alt: Kinderen spelen op het plein
              aspect: 16:9
            """
        case .sources:
            """
            - kind: sources
              items:
                - Nederlands Jeugdinstituut (2021). *Kinderwerk anno 2021*.
            """
        }
    }

    static var all: [String: String] {
        Dictionary(uniqueKeysWithValues: SectionKind.allCases.map { ($0.rawValue, snippet($0)) })
    }
}
