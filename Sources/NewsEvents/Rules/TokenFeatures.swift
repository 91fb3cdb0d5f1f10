/// What the rules' token tests read of one token: its word numbers, the mentions covering it and bits for
/// its shape, entity type, mention kind and temporal type. Plain numbers, so reading one retains nothing.
///
/// ```swift
/// let features = TokenFeatures(token: token, entity: 2, timex: -1, in: document)
/// features.entityType & TokenFeatures.bit(of: .government) != 0   // a government's mention covers it
/// ```
struct TokenFeatures: Sendable {
    var lowerID: Int32
    var lemmaID: Int32
    /// The covering entity mention and temporal expression (indices in the document's lists), -1: none.
    var entity: Int32
    var timex: Int32
    /// The bit of the covering entity's type (``bit(of:)-swift.type.method``), 0 when none covers the token.
    var entityType: UInt16
    /// `1 << shape.rawValue`.
    var shape: UInt8
    /// The bit of the covering entity's mention kind, 0 when none.
    var kind: UInt8
    /// The bit of the covering temporal expression's type, 0 when none.
    var timexType: UInt8

    init(token: Token, entity: Int32, timex: Int32, in document: AnnotatedDocument) {
        lowerID = token.lowerID
        lemmaID = token.lemmaID
        self.entity = entity
        self.timex = timex
        shape = 1 << token.shape.rawValue
        if entity >= 0 {
            entityType = Self.bit(of: document.entities[Int(entity)].type)
            kind = Self.bit(of: document.entities[Int(entity)].kind)
        } else {
            entityType = 0
            kind = 0
        }
        timexType = timex >= 0 ? Self.bit(of: document.timexes[Int(timex)].type) : 0
    }

    static func bit(of type: EntityType) -> UInt16 {
        1 << UInt16(EntityType.allCases.firstIndex(of: type)!)
    }

    static func bit(of kind: MentionKind) -> UInt8 {
        switch kind {
        case .name: return 1
        case .description: return 2
        case .pronoun: return 4
        case .group: return 8
        case .demonym: return 16
        }
    }

    static func bit(of type: TimexType) -> UInt8 {
        switch type {
        case .date: return 1
        case .time: return 2
        case .duration: return 4
        case .set: return 8
        }
    }
}
