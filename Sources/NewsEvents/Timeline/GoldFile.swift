import Foundation

/// One gold event of `ANNOTATION.md`.
public struct GoldEvent: Sendable, Hashable {
    public var type: String
    /// The `status` as written; `nil` when the key is missing or null.
    public var status: String?
    /// Whether the record has a `status` key (a missing status means `occurred`; a null one matches nothing).
    public var hasStatus: Bool
    public var date: String?
    /// Acceptable surface names, canonical first; empty when the role is absent.
    public var agent: [String]
    public var recipient: [String]
    public var target: [String]
    public var object: String?
    public var duration: String?
    public var evidence: [String]
    public var optional: Bool
    public var note: String?

    public init(
        type: String, status: String? = "occurred", hasStatus: Bool = true, date: String? = nil,
        agent: [String] = [], recipient: [String] = [], target: [String] = [], object: String? = nil,
        duration: String? = nil, evidence: [String], optional: Bool = false, note: String? = nil
    ) {
        self.type = type
        self.status = status
        self.hasStatus = hasStatus
        self.date = date
        self.agent = agent
        self.recipient = recipient
        self.target = target
        self.object = object
        self.duration = duration
        self.evidence = evidence
        self.optional = optional
        self.note = note
    }

    /// The status the scorer compares: `occurred` when the key is missing.
    public var effectiveStatus: String? { hasStatus ? status : "occurred" }

    public func names(of role: String) -> [String] {
        switch role {
        case "agent": return agent
        case "recipient": return recipient
        default: return target
        }
    }
}

/// One line of a gold file: the events of one article.
public struct GoldDocument: Sendable, Hashable {
    public var doc: String
    public var dct: String?
    public var source: String?
    public var events: [GoldEvent]

    public init(doc: String, dct: String? = nil, source: String? = nil, events: [GoldEvent]) {
        self.doc = doc
        self.dct = dct
        self.source = source
        self.events = events
    }
}

/// Reads gold files (`ANNOTATION.md`): JSON Lines, blank lines skipped. Problems are ``Diagnostic``s naming
/// the file and line (`gold.jsonl:12: error: event 3: 'evidence' must be a list of strings`).
public enum GoldFile {
    public static func load(path: String) throws -> [GoldDocument] {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(path: path)
        } catch {
            throw Diagnostic(file: path, message: "cannot read: \(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic(file: path, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String = "<gold>") throws -> [GoldDocument] {
        var documents: [GoldDocument] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.unicodeScalars.allSatisfy(ScoreText.isSpace) { continue }
            func fail(_ message: String) -> Diagnostic { Diagnostic(file: path, line: lineNumber, message: message) }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                throw fail("not valid JSON")
            }
            guard let record = object as? [String: Any] else { throw fail("a gold line must be a JSON object") }
            let doc: String
            if let s = record["doc"] as? String {
                doc = s
            } else if let n = record["doc"] as? NSNumber, !(record["doc"] is Bool) {
                doc = n.stringValue
            } else {
                throw fail("missing 'doc' (the article id)")
            }
            guard let rawEvents = record["events"] as? [Any] else { throw fail("missing 'events' list") }
            var events: [GoldEvent] = []
            for (number, raw) in rawEvents.enumerated() {
                func eventFail(_ message: String) -> Diagnostic { fail("event \(number + 1): " + message) }
                guard let e = raw as? [String: Any] else { throw eventFail("must be a JSON object") }
                guard let type = e["type"] as? String else { throw eventFail("missing 'type'") }
                func optionalString(_ key: String) throws -> String? {
                    guard let value = e[key], !(value is NSNull) else { return nil }
                    guard let s = value as? String else { throw eventFail("'\(key)' must be a string or null") }
                    return s
                }
                func strings(_ key: String, required: Bool = false) throws -> [String] {
                    guard let value = e[key], !(value is NSNull) else {
                        if required { throw eventFail("missing '\(key)'") }
                        return []
                    }
                    guard let list = value as? [Any] else { throw eventFail("'\(key)' must be a list of strings") }
                    return try list.map {
                        guard let s = $0 as? String else { throw eventFail("'\(key)' must be a list of strings") }
                        return s
                    }
                }
                let optional: Bool
                switch e["optional"] {
                case nil, is NSNull: optional = false
                case let b as Bool: optional = b
                case let s as String: optional = !s.isEmpty
                case let n as NSNumber: optional = n.doubleValue != 0
                default: optional = true
                }
                events.append(GoldEvent(
                    type: type, status: try optionalString("status"), hasStatus: e["status"] != nil,
                    date: try optionalString("date"), agent: try strings("agent"), recipient: try strings("recipient"),
                    target: try strings("target"), object: try optionalString("object"),
                    duration: try optionalString("duration"), evidence: try strings("evidence", required: true),
                    optional: optional, note: e["note"] as? String))
            }
            documents.append(GoldDocument(
                doc: doc, dct: record["dct"] as? String, source: record["source"] as? String, events: events))
        }
        return documents
    }
}
