/// Paragraphs that only state when the story was published or updated ("UPDATED: Tue., Nov. 19, 2019",
/// "Published November 20th, 2019 - 07:29 GMT"): page metadata that the content markup did not label.
///
/// ```swift
/// let (kept, date) = HTMLDateLines.split(["Updated 5:27 am, Nov. 20, 2019", "The ministry said ..."])
/// kept    // ["The ministry said ..."]
/// date    // 2019-11-20
/// ```
enum HTMLDateLines {
    /// Date lines are looked for among this many paragraphs at the top and at the bottom.
    static let topParagraphs = 4
    static let bottomParagraphs = 2
    static let maximumLength = 100
    static let maximumWords = 12

    /// The paragraphs without their date lines (unless nothing else is left), and the first date line's date.
    static func split(_ paragraphs: [String]) -> (kept: [String], date: SimpleDate?) {
        var kept: [String] = []
        var date: SimpleDate?
        for (index, paragraph) in paragraphs.enumerated() {
            let edge = index < topParagraphs || index >= paragraphs.count - bottomParagraphs
            if edge, let found = dateLineDate(paragraph) {
                date = date ?? (index < topParagraphs ? found : nil)
            } else {
                kept.append(paragraph)
            }
        }
        return kept.isEmpty ? (paragraphs, date) : (kept, date)
    }

    /// The date of a short paragraph of few words that contains a full date.
    static func dateLineDate(_ paragraph: String) -> SimpleDate? {
        guard paragraph.count <= maximumLength, !paragraph.contains("\n"),
              paragraph.split(whereSeparator: { $0.isWhitespace }).count <= maximumWords else { return nil }
        return PublishedDateParser.firstDate(in: paragraph)
    }
}
