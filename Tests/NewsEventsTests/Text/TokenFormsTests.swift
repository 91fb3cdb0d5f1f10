import XCTest
@testable import NewsEvents

/// The forms worked out in advance (``TokenForms``: vocabulary words, lemma exceptions, one-character tokens) are
/// the forms the tokenizer works out per token without a vocabulary.
final class TokenFormsTests: XCTestCase {
    private let text = """
        The U.S. said SAID Said sAid was WAS Was licences LICENSED granted Grants didn't DIDN'T don't , . -- ... \
        "quoted" `back` ' s Huawei's O'Brien AT&T 1,000.50 90-day mass-market Inc. Jan. F. e.g. a A I x1 $5 % \
        café “curly” naïve RÉGLEMENT \u{2014} \u{2013}\u{2013} 1.a,5 \(String(repeating: "Long", count: 40))s \
        \(String(repeating: "x", count: 70)). said. 3RD 3rd 3Rd BIS Bis bis E.U. e.u. 'S 'twas 'Twas A1 a1 \
        end
        """

    private func tokens(_ vocabulary: Vocabulary?) -> [Token] {
        var document = AnnotatedDocument(source: SourceDocument(id: "t", text: text))
        Tokenizer(resources: Fixtures.text, vocabulary: vocabulary).process(&document)
        return document.tokens
    }

    func testKnownWordsGiveTheFormsWorkedOutPerToken() {
        let vocabulary = Vocabulary(["the", "said", "say", "be", "licence", "grant", "n't", "'s", ",", ".", "a", "i",
                                     "inc.", "u.s.", "réglement", "do", "jan.", "--", "long", "3rd", "bis", "e.u.", "'twas", "a1", "end"])
        let plain = tokens(nil), numbered = tokens(vocabulary)
        XCTAssertEqual(plain.count, numbered.count)
        for (expected, token) in zip(plain, numbered) {
            XCTAssertEqual(token.text, expected.text)
            XCTAssertEqual(token.lower, expected.lower, token.text)
            XCTAssertEqual(token.lemma, expected.lemma, token.text)
            XCTAssertEqual(token.shape, expected.shape, token.text)
            XCTAssertEqual(token.span, expected.span, token.text)
            XCTAssertEqual(token.newlineBefore, expected.newlineBefore, token.text)
            XCTAssertEqual(token.attachedBefore, expected.attachedBefore, token.text)
            XCTAssertEqual(token.lowerID, vocabulary.id(of: token.lower), token.text)
            XCTAssertEqual(token.lemmaID, vocabulary.id(of: token.lemma), token.text)
        }
        XCTAssertEqual(numbered.filter { $0.lower == "said" }.map(\.text), ["said", "SAID", "Said", "sAid", "said"])
        XCTAssertEqual(numbered.first { $0.text == "WAS" }?.lemma, "be")
        XCTAssertEqual(numbered.first { $0.text == "LICENSED" }?.lemmaID, vocabulary.id(of: "licence"))
    }

    func testWordsLongerThanTheScratchBufferAndGivenBackLetters() {
        let texts = tokens(nil).map(\.text)
        XCTAssertTrue(texts.contains(String(repeating: "Long", count: 40) + "s"))
        XCTAssertTrue(texts.contains(String(repeating: "x", count: 70)))
        // The negation the tokenizer makes up is always written "n't".
        XCTAssertEqual(Array(texts.drop { $0 != "did" }.prefix(4)), ["did", "n't", "DID", "n't"])
    }

    func testWordsScannedInOneGoMatchWordsReadAfresh() {
        var scanned = ASCIIWord(capacity: 2), read = ASCIIWord(capacity: 2)
        defer { scanned.deallocate(); read.deallocate() }
        for word in ["McDonald", "iPhone", "BIS", "U.s", "abc123", "Abc", "x"] {
            let scalars = Array(word.unicodeScalars)
            scanned.reset()
            let end = scalars.withUnsafeBufferPointer { scanned.appendAlphanumerics($0, from: 0).end }
            XCTAssertTrue(scalars.withUnsafeBufferPointer { read.read($0) })
            if end == scalars.count {
                XCTAssertEqual(scanned.shape, read.shape, word)
                XCTAssertEqual(Array(scanned.lowered), Array(read.lowered), word)
                XCTAssertEqual(scanned.lowerHash.value, read.lowerHash.value, word)
            }
            XCTAssertEqual(read.shape, CharacterClass.shape(of: word), word)
        }
    }

    func testStemsOfWordsOutsideTheVocabularyAreLookedUpByTheirBytes() {
        // Each stem: a vocabulary word (grant), an exception (license -> licence), neither (bann -> ban, wid ->
        // wide), and a word that is its own lemma.
        let lemmatizer = Lemmatizer(exceptions: ["license": "licence", "seek": "seek"])
        let vocabulary = Vocabulary(["grant", "licence", "seek"])
        let forms = TokenForms(lemmatizer: lemmatizer, vocabulary: vocabulary)
        var word = ASCIIWord(capacity: 2)
        defer { word.deallocate() }
        for text in ["Grants", "GRANTED", "licensing", "Banned", "widest", "seeks", "walks", "gas", "plays", "x1s"] {
            let scalars = Array(text.unicodeScalars)
            let found = scalars.withUnsafeBufferPointer { forms.forms(ofScalars: $0, word: &word) }
            let lemma = lemmatizer.lemma(of: text.lowercased())
            XCTAssertEqual(found.lemma, lemma, text)
            XCTAssertEqual(found.lemmaID, vocabulary.id(of: lemma), text)
        }
    }
}
