import PraatplaatModel
import PraatplaatScene

/// What every section layout needs: the theme at the page's scale, the measurer and the width.
struct LayoutContext {
    let theme: Theme
    let measurer: any TextMeasurer
    let width: Double
    let language: String

    var builder: BlockBuilder { BlockBuilder(measurer: measurer) }

    func lineHeight(_ size: Double, leading: Double? = nil) -> Double {
        (size * (leading ?? theme.spacing.leading)).rounded(toPlaces: 2)
    }

    /// The block for a section's title, or nil when it has none; kept with what follows it.
    func titleHeight(_ title: String?, into b: inout BlockBuilder) -> Double {
        guard let title else { return 0 }
        let size = theme.type.sectionTitle
        let used = b.text(TextWrapper.spans(title, font: theme.font(size, .bold), color: theme.palette.primary),
                          x: 0, y: 0, width: width, lineHeight: lineHeight(size, leading: 1.25))
        return used + theme.spacing.title
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let k = pow(10.0, Double(places))
        return (self * k).rounded() / k
    }
}

import Foundation
