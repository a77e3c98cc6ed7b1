import PraatplaatModel
import PraatplaatScene

/// Where a section ended up on a page: for tests, for messages (the page limit names the first
/// section that does not fit) and for choices that follow from its width (`printedScales`).
public struct SectionFrame: Sendable, Hashable {
    public var section: Int
    public var kind: SectionKind
    public var rect: Rect
}

public struct LaidOutPage: Sendable, Hashable {
    public var scene: ScenePage
    /// The page inside its margins: everything layout places stays in here.
    public var contentBox: Rect
    public var frames: [SectionFrame]
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

    public var document: SceneDocument { SceneDocument(metadata: metadata, pages: pages.map(\.scene), outline: outline) }
}
