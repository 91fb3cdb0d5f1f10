/// What kind of actor an entity is.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    /// Ministries, departments, agencies, regulators, heads of government acting as such.
    case government
    case legislature
    case court
    /// WTO, GATT, IAEA, the European Union acting as a body.
    case international
    case country
    case company
    case person
    /// Counted or collective parties: "15 senators", "U.S. firms", "some suppliers".
    case group
    /// An organisation of unknown kind (trade associations, unions, ...).
    case organization

    /// Governments, legislatures, courts, international bodies and countries can act as authorities.
    public var isAuthority: Bool {
        switch self {
        case .government, .legislature, .court, .international, .country: return true
        default: return false
        }
    }
}

/// How an entity mention refers to its entity.
public enum MentionKind: String, Sendable, Codable {
    /// A name or alias from a lexicon, or a name recognised from its shape.
    case name
    /// A definite description resolved to an earlier mention ("the Department").
    case description
    /// A pronoun resolved to an earlier mention ("it").
    case pronoun
    /// A group or collective ("15 senators").
    case group
    /// A demonym or national adjective standing for its country ("Japanese" in "Japanese chips").
    case demonym
}

/// A mention of an actor in a document, with the canonical entity it refers to.
///
/// ```swift
/// // "US Commerce Department" and, later, "the Department":
/// EntityMention(tokens: 3..<6, span: ..., text: "US Commerce Department",
///               type: .government, id: "us.commerce", name: "U.S. Department of Commerce", kind: .name)
/// ```
public struct EntityMention: Sendable, Hashable {
    public var tokens: Range<Int>
    public var span: Span
    /// The text as it stands in the document.
    public var text: String
    public var type: EntityType
    /// Canonical id (`us.commerce`); for unknown names a slug of the name (`kestrel-dynamics-ltd`).
    public var id: String
    /// Canonical name (`U.S. Department of Commerce`).
    public var name: String
    public var kind: MentionKind

    public init(
        tokens: Range<Int>, span: Span, text: String, type: EntityType, id: String, name: String,
        kind: MentionKind = .name
    ) {
        self.tokens = tokens
        self.span = span
        self.text = text
        self.type = type
        self.id = id
        self.name = name
        self.kind = kind
    }
}
