import CPangoCairo
import PraatplaatScene

/// Where Pango puts the glyphs of a line, piece by piece (a piece: one span in one font), for
/// writers that set real text. Shaped in the measuring context, so the positions are the ones
/// layout measured with.
extension PangoTextEngine: TextShaper {
    public func pieces(of spans: [TextSpan]) -> [ShapedPiece] {
        if let known = shapedPieces[spans] { return known }
        if shapedPieces.count >= Self.linesLimit { shapedPieces.removeAll(keepingCapacity: true) }
        let made = shape(spans)
        shapedPieces[spans] = made
        return made
    }

    private func shape(_ spans: [TextSpan]) -> [ShapedPiece] {
        // The text the layout holds, so its clusters index these bytes.
        let spans = Self.drawable(spans)
        let layout = layout(spans, in: measuringContext)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let text = Array(spans.map(\.text).joined().utf8)
        // The byte where each span starts, to tell which span a glyph's cluster belongs to.
        var spanStarts: [Int] = []
        var offset = 0
        for span in spans {
            spanStarts.append(offset)
            offset += span.text.utf8.count
        }
        func spanIndex(at byte: Int) -> Int {
            var i = 0
            while i + 1 < spanStarts.count, spanStarts[i + 1] <= byte { i += 1 }
            return i
        }

        struct Open { var span: Int; var font: FontFileRef; var start: Int; var x: Double; var width: Double }
        var pieces: [ShapedPiece] = []
        var current: Open?
        func close(at end: Int) {
            guard let c = current, end > c.start else { current = nil; return }
            let piece = String(decoding: text[c.start..<end], as: UTF8.self)
            pieces.append(ShapedPiece(span: c.span, text: piece, x: c.x, width: c.width, font: c.font))
            current = nil
        }

        guard let line = pango_layout_get_line_readonly(layout, 0) else { return [] }
        var x = 0.0
        var node = line.pointee.runs
        while let run = node {
            defer { node = run.pointee.next }
            guard let glyphItem = run.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = glyphItem.pointee.item, let glyphs = glyphItem.pointee.glyphs else { continue }
            let font = fontFile(item.pointee.analysis.font)
            let itemStart = Int(item.pointee.offset)
            for g in 0..<Int(glyphs.pointee.num_glyphs) {
                let cluster = itemStart + Int(glyphs.pointee.log_clusters[g])
                let advance = Double(glyphs.pointee.glyphs[g].geometry.width) / Double(PANGO_SCALE)
                let span = spanIndex(at: cluster)
                if let c = current, c.span == span, c.font == font, cluster >= c.start {
                    current?.width += advance
                } else if let c = current, cluster == c.start {
                    // Another glyph of the same cluster (a mark): it stays with its base.
                    current?.width += advance
                } else {
                    close(at: cluster)
                    current = Open(span: span, font: font, start: cluster, x: x, width: advance)
                }
                x += advance
            }
            close(at: itemStart + Int(item.pointee.length))
        }
        return pieces
    }

    /// The file fontconfig gave Pango for this font, with the face's own family, weight and style.
    private func fontFile(_ font: UnsafeMutablePointer<PangoFont>?) -> FontFileRef {
        guard let font, let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)) else {
            return FontFileRef(path: "", index: 0, family: "sans-serif", weight: 400, italic: false)
        }
        var value: UnsafeMutablePointer<FcChar8>?
        let path = FcPatternGetString(pattern, FC_FILE, 0, &value) == FcResultMatch ? value.map { String(cString: $0) } ?? "" : ""
        let family = FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch ? value.map { String(cString: $0) } ?? "" : ""
        var index: Int32 = 0, weight: Int32 = Int32(FC_WEIGHT_REGULAR), slant: Int32 = 0
        _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        _ = FcPatternGetInteger(pattern, FC_WEIGHT, 0, &weight)
        _ = FcPatternGetInteger(pattern, FC_SLANT, 0, &slant)
        return FontFileRef(path: path, index: Int(index), family: family, weight: Int(FcWeightToOpenType(weight)),
                           italic: slant != FC_SLANT_ROMAN)
    }
}
