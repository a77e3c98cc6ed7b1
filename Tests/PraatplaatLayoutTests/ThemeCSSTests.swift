import PraatplaatLayout
import PraatplaatLoader
import PraatplaatModel
import PraatplaatScene
import Testing

struct ThemeCSSTests {
    @Test func everyRoleBecomesACustomProperty() {
        let css = Theme.default.cssCustomProperties()
        #expect(css.hasPrefix(":root {\n"))
        #expect(css.contains("  --pp-primary: #1b3a6b;\n"))
        #expect(css.contains("  --pp-accent: #c9441e;\n"))
        #expect(css.contains("  --pp-series-4: #9b59b6;\n"))
        #expect(css.contains("  --pp-font-headings: \"Inter\", system-ui, sans-serif;\n"))
        #expect(css.contains("  --pp-size-body: 1rem;\n"))
        #expect(css.contains("  --pp-leading: 1.50;\n"))
        for role in PaletteRole.allCases { #expect(css.contains("--pp-\(role.rawValue):"), "\(role)") }
    }

    @Test func aThemeFileChangesTheProperties() {
        var spec = ThemeSpec()
        spec.palette[.primary] = "#1D5C3A"
        spec.fonts[.headings] = ["Lato", "Inter"]
        let css = Theme(spec: spec).cssCustomProperties()
        #expect(css.contains("--pp-primary: #1d5c3a;"))
        #expect(css.contains("--pp-font-headings: \"Lato\", \"Inter\", system-ui, sans-serif;"))
    }

    @Test func familyNamesCannotBreakOutOfTheRule() {
        var spec = ThemeSpec()
        spec.fonts[.body] = ["Evil\"; } body { background: url(x) } /*"]
        let css = Theme(spec: spec).cssCustomProperties()
        let line = css.split(separator: "\n").first { $0.contains("--pp-font-body") } ?? ""
        #expect(line == "  --pp-font-body: \"Evil  body  background urlx  \", system-ui, sans-serif;", "\(line)")
        #expect(css.filter { $0 == "{" }.count == 1 && css.filter { $0 == "}" }.count == 1)
    }
}
