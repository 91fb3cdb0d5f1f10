/// Chooses and cleans a page title.
enum HTMLTitle {
    static func choose(meta: [String: String], jsonld: JSONLDArticle, page: HTMLPageAnalysis) -> String? {
        let site = meta["og:site_name"]
        if let title = meta["og:title"] { return strippingSiteSuffix(title, siteName: site, onlyMatchingSite: true) }
        if let headline = jsonld.headline { return IngestText.trim(headline, " \t\n") }
        let tree = page.tree
        if let h1 = tree.elements(named: "h1").first(where: { !page.inBoilerplate[$0] }), !tree.text(of: h1).isEmpty {
            return tree.text(of: h1)
        }
        if let title = tree.elements(named: "title").first.map({ tree.text(of: $0) }), !title.isEmpty {
            return strippingSiteSuffix(title, siteName: site, onlyMatchingSite: false)
        }
        return nil
    }

    static func headlines(meta: [String: String], jsonld: JSONLDArticle, tree: HTMLTree) -> [String] {
        let site = meta["og:site_name"]
        var forms = [meta["og:title"], jsonld.headline].compactMap { $0 }
        forms += tree.elements(named: "h1").prefix(3).map { tree.text(of: $0) }
        forms += tree.elements(named: "title").prefix(1).map {
            strippingSiteSuffix(tree.text(of: $0), siteName: site, onlyMatchingSite: false)
        }
        return forms
    }

    /// `paragraphs` without the headline where it opens them (among the first three paragraphs): the title is
    /// metadata, the text is the body. Nothing is dropped when nothing else would be left.
    static func droppingHeadline(_ paragraphs: [String], headlines: [String]) -> [String] {
        let forms = Set(headlines.map(comparable))
        let longest = headlines.map(\.utf8.count).max() ?? 0
        guard let index = paragraphs.prefix(3).firstIndex(where: { paragraph in
                  paragraph.utf8.count <= 2 * longest + 8 && forms.contains(comparable(paragraph))
              }),
              paragraphs.count > 1 else { return paragraphs }
        var result = paragraphs
        result.remove(at: index)
        return result
    }

    /// Lower case, white space collapsed, trailing punctuation removed.
    private static func comparable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiComparable(text) }
        var words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, last.isPunctuation { words.removeLast() }
        return words
    }

    /// ``comparable(_:)`` of ASCII text, on the bytes: the same white space (`Character.isWhitespace`:
    /// tab to carriage return, space) and punctuation (Unicode's P categories) in ASCII.
    private static func asciiComparable(_ text: String) -> String {
        var result = collapsingASCIISpace(text, lowercased: true)
        while let last = result.last, asciiPunctuation.contains(last) { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }

    static let asciiPunctuation = Set(##"!"#%&'()*,-./:;?@[\]_{}"##.utf8)

    /// ``separators`` as UTF-8.
    static let separatorBytes = separators.map { Array($0.utf8) }

    /// ASCII text with runs of white space made one space, none at either end (as splitting at
    /// `Character.isWhitespace` and joining with spaces does).
    private static func collapsingASCIISpace(_ text: String) -> String {
        String(decoding: collapsingASCIISpace(text, lowercased: false), as: UTF8.self)
    }

    /// The UTF-8 of ``collapsingASCIISpace(_:)``, letters in lower case if `lowercased`.
    private static func collapsingASCIISpace(_ text: String, lowercased: Bool) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(0x20) }
            pendingSpace = false
            result.append(lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return result
    }

    /// The last of the non-overlapping occurrences of `needle` in `text`, found from the start (as
    /// `ranges(of:)` finds them), compared on the bytes; with `checkingCharacters` (text that is not ASCII)
    /// only occurrences that begin and end between characters count.
    private static func lastRange(of needle: [UInt8], in text: String, checkingCharacters: Bool) -> Range<String.Index>? {
        let utf8 = text.utf8
        var found: Range<String.Index>?
        var start = utf8.startIndex
        while let first = utf8[start...].firstIndex(of: needle[0]) {
            guard let end = utf8.index(first, offsetBy: needle.count, limitedBy: utf8.endIndex) else { break }
            if utf8[first..<end].elementsEqual(needle),
               !checkingCharacters || (String.Index(first, within: text) != nil && String.Index(end, within: text) != nil) {
                found = first..<end
                start = end
            } else {
                start = utf8.index(after: first)
            }
        }
        return found
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "]

    /// Removes a trailing " | Site" / " - Site": always when it is the site's name; otherwise (unless
    /// `onlyMatchingSite`) when the suffix is short (at most 4 words) and the rest is longer.
    static func strippingSiteSuffix(_ title: String, siteName: String?, onlyMatchingSite: Bool) -> String {
        let ascii = title.utf8.allSatisfy { $0 < 0x80 }
        let title = ascii ? collapsingASCIISpace(title) : title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // `ranges(of:)` compares characters; on the bytes, a match must also begin and end between characters
        // (U+0387 is the one character canonically equal to a separator's, the middle dot).
        let cuts = ascii || !title.unicodeScalars.contains("\u{0387}")
            ? separatorBytes.compactMap { lastRange(of: $0, in: title, checkingCharacters: !ascii) }
            : separators.compactMap { title.ranges(of: $0).last }
        guard let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let prefix = String(title[..<cut.lowerBound]), suffix = String(title[cut.upperBound...])
        if let siteName, suffix.lowercased() == siteName.lowercased() { return prefix }
        if onlyMatchingSite { return title }
        let suffixWords = suffix.split(separator: " ").count, prefixWords = prefix.split(separator: " ").count
        return suffixWords <= 4 && prefixWords > suffixWords ? prefix : title
    }
}
