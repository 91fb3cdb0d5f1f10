/// Normalisations applied to token text: typographic quotes and apostrophes to ASCII, so rules and
/// lexicons need one spelling only.
enum TextNormalization {
    static func normalize(_ scalars: some Collection<Unicode.Scalar>) -> String {
        if !scalars.contains(where: { c in
            switch c {
            case "\u{2019}", "\u{2018}", "`", "\u{2032}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}", "\u{2011}":
                return true
            default:
                return false
            }
        }) {
            return String(scalars: scalars)
        }
        var view = String.UnicodeScalarView()
        for c in scalars {
            switch c {
            case "\u{2019}", "\u{2018}", "`", "\u{2032}": view.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": view.append("\"")
            case "\u{2011}": view.append("-")
            default: view.append(c)
            }
        }
        return String(view)
    }
}
