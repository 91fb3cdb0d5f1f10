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
            w.key("id"); w.string(source.id)
            if let path = source.path { w.key("path"); w.string(path) }
            w.key("title"); w.string(source.title)
            w.key("published"); w.string(source.published)
            w.key("publishedFrom"); w.string(source.publishedFrom?.rawValue)
            if let updated = source.updated { w.key("updated"); w.string(updated) }
            w.key("text"); w.string(source.text)
            w.key("sentences")
            w.array { w in
                for s in document.sentences {
                    w.object { w in
                        w.key("start"); w.int(s.span.start)
                        w.key("end"); w.int(s.span.end)
                    }
                }
            }
            w.key("entities")
            w.array { w in
                for m in document.entities {
                    w.object { w in
                        w.key("start"); w.int(m.span.start)
                        w.key("end"); w.int(m.span.end)
                        w.key("text"); w.string(m.text)
                        w.key("type"); w.string(m.type.rawValue)
                        w.key("id"); w.string(m.id)
                        w.key("name"); w.string(m.name)
                    }
                }
            }
            w.key("timexes")
            w.array { w in
                for t in document.timexes {
                    w.object { w in
                        w.key("start"); w.int(t.span.start)
                        w.key("end"); w.int(t.span.end)
                        w.key("text"); w.string(t.text)
                        w.key("type"); w.string(t.type.rawValue)
                        w.key("value"); w.string(t.value)
                    }
                }
            }
            w.key("events")
            w.array { w in for e in document.events { w.raw(TimelineEncoder.encodeEvent(e)) } }
        }
        return w.output
    }
}
