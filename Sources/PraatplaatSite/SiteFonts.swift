import Foundation
import PraatplaatCairo
import PraatplaatLayout
import PraatplaatModel

/// The fonts the site's pages use, copied from the files fontconfig resolves (the ones Pango
/// drew the PDFs with), so a page looks like its print on any machine. For every font role of
/// every theme: the first family in the list that is installed, in regular, bold, italic and
/// bold italic where the family has those faces. Written as `assets/fonts/*` and the
/// `@font-face` rules of `assets/fonts.css`.
struct SiteFonts {
    private(set) var faces: [FontFace] = []

    init(themes: [Theme]) {
        var seen = Set<String>()
        for theme in themes {
            for role in FontRole.allCases {
                guard let family = theme.fonts[role].first(where: { FontFiles.face(family: $0, weight: 400, italic: false) != nil }),
                      seen.insert(family.lowercased()).inserted else { continue }
                for (weight, italic) in [(400, false), (700, false), (400, true), (700, true)] {
                    if let face = FontFiles.face(family: family, weight: weight, italic: italic) { faces.append(face) }
                }
            }
        }
    }

    /// Site path of each face's file; a second file of the same name gets a number.
    var paths: [(FontFace, String)] {
        var used = Set<String>()
        return faces.map { face in
            var name = face.file.lastPathComponent, n = 2
            while !used.insert(name).inserted {
                name = face.file.deletingPathExtension().lastPathComponent + "-\(n)." + face.file.pathExtension
                n += 1
            }
            return (face, "assets/fonts/" + name)
        }
    }

    /// The files to copy and `assets/fonts.css`.
    func files() throws(SiteError) -> [(String, Data)] {
        var css = "/* The fonts the print uses, from the files fontconfig resolved. */\n"
        var files: [(String, Data)] = []
        for (face, path) in paths {
            guard let data = FileManager.default.contents(atPath: face.file.path) else { throw .output("cannot read the font \(face.file.path)") }
            files.append((path, data))
            let format = ["otf": "opentype", "ttf": "truetype", "woff2": "woff2", "woff": "woff"][face.file.pathExtension.lowercased()] ?? "opentype"
            css += "@font-face { font-family: \(Theme.quoted(face.family)); src: url(\"\(path.dropFirst("assets/".count))\") format(\"\(format)\"); "
                + "font-weight: \(face.weight); font-style: \(face.italic ? "italic" : "normal"); font-display: swap; }\n"
        }
        files.append(("assets/fonts.css", Data(css.utf8)))
        return files
    }
}
