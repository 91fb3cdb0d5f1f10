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
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(words.reversed().drop(while: { $0.isPunctuation }).reversed())
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "]

    /// Removes a trailing " | Site" / " - Site": always when it is the site's name; otherwise (unless
    /// `onlyMatchingSite`) when the suffix is short (at most 4 words) and the rest is longer.
    static func strippingSiteSuffix(_ title: String, siteName: String?, onlyMatchingSite: Bool) -> String {
        let title = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let cuts = separators.compactMap { title.ranges(of: $0).last }
        guard let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let prefix = String(title[..<cut.lowerBound]), suffix = String(title[cut.upperBound...])
        if let siteName, suffix.lowercased() == siteName.lowercased() { return prefix }
        if onlyMatchingSite { return title }
        let suffixWords = suffix.split(separator: " ").count, prefixWords = prefix.split(separator: " ").count
        return suffixWords <= 4 && prefixWords > suffixWords ? prefix : title
    }
}
