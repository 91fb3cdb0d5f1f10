/// Where one section of a document lies in the whole: what comes before it, in code points and in tokens.
///
/// ```swift
/// pipeline.annotateSections(of: source) { section, place in
///     place.index          // 0, 1, 2, ...
///     place.scalarOffset   // add to a span of `section` to get the whole document's offset
/// }
/// ```
public struct SectionPlace: Sendable, Hashable {
    /// The section's number, from 0.
    public var index: Int
    /// Code points of the document before the section.
    public var scalarOffset: Int
    /// Tokens of the document before the section.
    public var tokenOffset: Int

    public init(index: Int, scalarOffset: Int, tokenOffset: Int) {
        self.index = index
        self.scalarOffset = scalarOffset
        self.tokenOffset = tokenOffset
    }

    /// A span of the section as a span of the whole document.
    public func shifted(_ span: Span) -> Span {
        Span(start: span.start + scalarOffset, end: span.end + scalarOffset)
    }

    /// A range of the section's tokens as a range of the whole document's token numbers.
    public func shifted(_ tokens: Range<Int>) -> Range<Int> {
        (tokens.lowerBound + tokenOffset)..<(tokens.upperBound + tokenOffset)
    }

    /// A sentence of the section in the whole document's coordinates.
    public func shifted(_ sentence: Sentence) -> Sentence {
        var sentence = sentence
        sentence.tokens = shifted(sentence.tokens)
        sentence.span = shifted(sentence.span)
        return sentence
    }

    /// A token of the section in the whole document's coordinates.
    public func shifted(_ token: Token) -> Token {
        var token = token
        token.span = shifted(token.span)
        return token
    }

    /// A temporal expression of the section in the whole document's coordinates.
    public func shifted(_ timex: Timex) -> Timex {
        var timex = timex
        timex.tokens = shifted(timex.tokens)
        timex.span = shifted(timex.span)
        return timex
    }

    /// An entity mention of the section in the whole document's coordinates.
    public func shifted(_ mention: EntityMention) -> EntityMention {
        var mention = mention
        mention.tokens = shifted(mention.tokens)
        mention.span = shifted(mention.span)
        return mention
    }

    /// An event of the section with its sentence offsets in the whole document's coordinates.
    public func shifted(_ event: Event) -> Event {
        var event = event
        for k in event.sources.indices {
            event.sources[k].start += scalarOffset
            event.sources[k].end += scalarOffset
        }
        return event
    }
}

extension Pipeline {
    /// Analyses `source` one section at a time (see ``DocumentSections``), handing each section's analysis,
    /// in the section's own coordinates, to `body` with its place in the document. Each section is a document
    /// with the same id and metadata as `source` and a part of its text; a dateline's `bodyStart` applies to
    /// the first. Only one section's layers are held at a time.
    ///
    /// Nothing crosses a section boundary: coreference ("the Department", "it"), agents carried from earlier
    /// events, story roles and dates anchored on earlier events are resolved within the section. Sections
    /// end at paragraph breaks and are a megabyte long, so this matters only for a document of many stories.
    public func annotateSections(of source: SourceDocument, _ body: (AnnotatedDocument, SectionPlace) -> Void) {
        var text = source.text
        var place = SectionPlace(index: 0, scalarOffset: 0, tokenOffset: 0)
        text.withUTF8 { utf8 in
            var start = 0
            repeat {
                let end = sections.end(ofSectionAt: start, in: utf8)
                var part = source
                part.text = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
                part.bodyStart = place.index == 0 ? source.bodyStart : 0
                part.warnings = []
                let section = annotateWhole(part)
                body(section, place)
                place.index += 1
                place.scalarOffset += section.scalars.count
                place.tokenOffset += section.tokens.count
                start = end
            } while start < utf8.count
        }
    }

    /// The analysis of a document longer than one section, gathered from its sections: sentences, temporal
    /// expressions, entity mentions and events in the whole document's coordinates (spans in code points of
    /// `source.text`, token ranges in the numbering of the whole document). Its `tokens` and `scalars` are left
    /// empty, so memory never holds every token of a huge document (``AnnotatedDocument/isGatheredFromSections``).
    func annotateInSections(_ source: SourceDocument) -> AnnotatedDocument {
        var emptied = source
        emptied.text = ""
        var whole = AnnotatedDocument(source: emptied)
        whole.source = source
        annotateSections(of: source) { section, place in
            whole.sentences += section.sentences.map(place.shifted)
            whole.timexes += section.timexes.map(place.shifted)
            whole.entities += section.entities.map(place.shifted)
            whole.events += section.events.map(place.shifted)
        }
        return whole
    }
}

extension AnnotatedDocument {
    /// Whether the document was analysed in sections and gathered (``Pipeline/annotateInSections(_:)``): it
    /// has sentences but keeps neither tokens nor code points, so anything that needs them analyses the
    /// document again section by section (``Pipeline/annotateSections(of:_:)``).
    public var isGatheredFromSections: Bool { tokens.isEmpty && !sentences.isEmpty }
}
