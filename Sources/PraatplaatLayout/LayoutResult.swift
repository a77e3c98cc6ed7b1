import PraatplaatModel
import PraatplaatScene

/// Where a section ended up on a page: for tests, for messages (the page limit names the first
/// section that does not fit) and for choices that follow from its width (`printedScales`).
public struct SectionFrame: Sendable, Hashable {
    public var section: Int
    public var kind: SectionKind
    public var rect: Rect
    /// Height a box was given beyond its content, to end with its row (the layout report).
    public var stretched = 0.0
}

public struct LaidOutPage: Sendable, Hashable {
    public var scene: ScenePage
    /// The page inside its margins: everything layout places stays in here.
    public var contentBox: Rect
    public var frames: [SectionFrame]
    /// Everything placed on the page, as rectangles: sections (each column of a row apart),
    /// the header, the footer and the folio. What lies outside them is empty.
    public var areas: [Rect] = []
    /// Where the flowing content ends (the footer and folio aside).
    public var flowBottom: Double = 0
}

public struct LayoutResult: Sendable {
    public var pages: [LaidOutPage]
    public var metadata: DocumentMetadata
    /// Every titled section where it starts, in the order of the file.
    public var outline: [OutlineEntry] = []
    /// Warnings about what fits badly (a section taller than a page); layout never fails.
    public var diagnostics: [Diagnostic]
    /// Choices that followed from a section's width on paper, for drawings of it elsewhere.
    public var printedScales = PrintedScales()
    /// With `fit`: the type size chosen, as a share of the paper's natural size, and the body
    /// text's size in points; nil without `fit`.
    public var fit: FitChoice?

    public var document: SceneDocument { SceneDocument(metadata: metadata, pages: pages.map(\.scene), outline: outline) }
}

/// What `page.fit` chose, for `validate` and `render` to say.
public struct FitChoice: Sendable, Hashable {
    public var share: Double
    public var body: Double

    /// "type at 90%, body 9,5 pt" in the words of `language`.
    public func described(language: Language) -> String {
        let percent = NumberText.format((share * 100).rounded(), language: language, maxDecimals: 0)
        let points = NumberText.format(body, language: language, maxDecimals: 1)
        return language.isDutch ? "tekst op \(percent)%, lopende tekst \(points) pt" : "type at \(percent)%, body \(points) pt"
    }
}
