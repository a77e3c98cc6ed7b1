import PraatplaatLoader
import PraatplaatModel

/// Text made safe for HTML. Everything from a report reaches a page through these functions or
/// through a template's `{{ }}`, which escapes the same way; `{{{ }}}` is kept for HTML built here.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Inline markup (`**bold**`, `*italic*`, `[label](url)`) as HTML. Links are only the ones the
    /// loader allows (http, https, mailto); anything else is shown as text.
    static func inline(_ markup: String) -> String {
        InlineText.parse(markup).map { run in
            var html = escape(run.text)
            if run.italic { html = "<em>\(html)</em>" }
            if run.bold { html = "<strong>\(html)</strong>" }
            if let link = run.link, LinkPolicy.isAllowed(link) { html = "<a href=\"\(escape(link))\">\(html)</a>" }
            return html
        }.joined()
    }
}
