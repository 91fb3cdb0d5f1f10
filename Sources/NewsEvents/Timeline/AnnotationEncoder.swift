/// Writes the `annotate` record of one document: one JSON line (no trailing newline) with every layer, keys in
/// the contract's order: `id`, `path` (left out when the document has none), `title`, `published`,
/// `publishedFrom`, `updated` (left out when unknown), `text`, `sentences` `[{start, end}]`, `entities` `[{start, end, text, type, id, name}]`,
/// `timexes` `[{start, end, text, type, value}]`, `events` (as ``TimelineEncoder/encodeEvent(_:)``).
/// Offsets are code points into `text`.
public struct AnnotationEncoder: Sendable {
    public static func encode(_ document: AnnotatedDocument) -> String {
        let source = document.source
        var w = JSONWriter()
        w.object { w in
            w.key(verbatim: "id"); w.string(source.id)
            if let path = source.path { w.key(verbatim: "path"); w.string(path) }
            w.key(verbatim: "title"); w.string(source.title)
            w.key(verbatim: "published"); w.string(source.published)
            w.key(verbatim: "publishedFrom"); w.string(source.publishedFrom?.rawValue)
            if let updated = source.updated { w.key(verbatim: "updated"); w.string(updated) }
            w.key(verbatim: "text"); w.string(source.text)
            w.key(verbatim: "sentences")
            w.array { w in
                for s in document.sentences {
                    w.object { w in
                        w.key(verbatim: "start"); w.int(s.span.start)
                        w.key(verbatim: "end"); w.int(s.span.end)
                    }
                }
            }
            w.key(verbatim: "entities")
            w.array { w in
                for m in document.entities {
                    w.object { w in
                        w.key(verbatim: "start"); w.int(m.span.start)
                        w.key(verbatim: "end"); w.int(m.span.end)
                        w.key(verbatim: "text"); w.string(m.text)
                        w.key(verbatim: "type"); w.string(m.type.rawValue)
                        w.key(verbatim: "id"); w.string(m.id)
                        w.key(verbatim: "name"); w.string(m.name)
                    }
                }
            }
            w.key(verbatim: "timexes")
            w.array { w in
                for t in document.timexes {
                    w.object { w in
                        w.key(verbatim: "start"); w.int(t.span.start)
                        w.key(verbatim: "end"); w.int(t.span.end)
                        w.key(verbatim: "text"); w.string(t.text)
                        w.key(verbatim: "type"); w.string(t.type.rawValue)
                        w.key(verbatim: "value"); w.string(t.value)
                    }
                }
            }
            w.key(verbatim: "events")
            w.array { w in for e in document.events { w.raw(TimelineEncoder.encodeEvent(e)) } }
        }
        return w.output
    }
}
