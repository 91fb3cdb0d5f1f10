/// Names the lexicon does not know, recognised from their shape:
///
/// - organisations: capitalised words ending in a suffix of `[org-suffixes]` ("Kestrel Dynamics Ltd",
///   "National Energy Board", "Hongkong Dragon Airlines Ltd", "Apple, Inc."), or opening with a word of
///   `[org-prefixes]` followed by `of` ("Ministry of Trade", "Bank of Tokyo");
/// - people: a title of `[titles]`, maybe after capitalised modifiers, then one to three capitalised words
///   ("Foreign Trade Minister Anita Gradin", "Sen. Marco Rubio", "CLA chairman Irtiza Husain").
///
/// A single capitalised word is never a name by itself: headlines and sentence openers stay untagged.
/// The id of an unknown name is the slug of its words; later, the name without its legal suffix, its first word
/// (for organisations) or the surname (for people) refer to it too.
extension TaggingRun {
    /// Longest run of capitalised words considered for a name.
    static let maxNameTokens = 8
    /// Words that join a person's name only inside it ("Ursula von der Leyen").
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "bin", "al", "da", "di", "le", "la"]
    /// Legal forms: a name is also known without them.
    static let legalForms: Set<String> = [
        "inc", "corp", "co", "ltd", "ag", "sa", "gmbh", "plc", "llc", "nv", "bv", "limited", "spa", "kk", "ab", "as",
    ]

    @inline(__always) func isNameWord(_ i: Int) -> Bool {
        guard looks[i].nameShaped else { return false }
        return !looks[i].facts.contains(.determiner) || !isSentenceInitial(i) && tokens[i].text != "The"
    }

    /// An organisation whose name starts at `i` and ends in a suffix (or starts with a prefix and `of`), when it
    /// spans `atLeast` tokens or more (a shorter one would lose to what is already found: no actor is built).
    func organisationShape(at i: Int, atLeast: Int = 0) -> Candidate? {
        guard isNameWord(i), !looks[i].facts.contains(.determiner) else { return nil }
        if i > sentenceRange.lowerBound, isNameWord(i - 1), !isSentenceInitial(i) || i - 1 > sentenceRange.lowerBound,
           tokens[i - 1].text != "'s", !looks[i - 1].facts.contains(.title) {
            // Not the start of the run of capitalised words: the run is recognised from its first word.
            if !looks[i - 1].facts.contains(.determiner) { return nil }
        }
        let limit = min(sentenceRange.upperBound, i + TaggingRun.maxNameTokens)
        var end: Int? = nil
        var type: EntityType = .organization
        var j = i
        // Prefix names: "Ministry of International Trade and Industry".
        if looks[i].facts.contains(.orgPrefix), let prefixType = tables.values[Int(looks[i].word)].orgPrefix, i + 2 < limit, looks[i + 1].word == literals.of || looks[i + 1].word == literals.for,
           isNameWord(i + 2) {
            var k = i + 2
            while k < limit {
                if isNameWord(k) { k += 1; continue }
                if (looks[k].word == literals.and || looks[k].word == literals.ampersand || looks[k].word == literals.of || looks[k].word == literals.comma), k + 1 < limit, isNameWord(k + 1) {
                    k += 1
                    continue
                }
                break
            }
            end = k
            type = prefixType
        }
        // Suffix names: scan the run, remember the last suffix.
        while j < limit {
            if isNameWord(j) || looks[j].word == literals.ampersand && j > i && j + 1 < limit && isNameWord(j + 1) {
                if j > i, looks[j].facts.contains(.orgSuffix), let suffixType = tables.values[Int(looks[j].word)].orgSuffix, j + 1 > (end ?? 0) {
                    end = j + 1
                    type = suffixType
                }
                j += 1
                continue
            }
            // "Apple, Inc."
            if looks[j].word == literals.comma, j > i, j + 1 < limit, looks[j + 1].facts.contains(.legalForm), isNameWord(j + 1) {
                end = j + 2
                type = tables.values[Int(looks[j + 1].word)].orgSuffix ?? .company
            }
            break
        }
        if end == nil, j > i, introducedAsCompanies(at: i) {
            // "importers Liptons and Brooke Bond": names after a plural noun of companies are companies.
            end = j
            type = .company
        }
        guard var stop = end else { return nil }
        // "Industrial Bank of Japan": a suffix that is also a prefix takes an `of` complement.
        if looks[stop - 1].facts.contains(.orgPrefix), stop + 1 < limit, looks[stop].word == literals.of, isNameWord(stop + 1) {
            stop += 2
            while stop < limit, isNameWord(stop) { stop += 1 }
        }
        guard stop - i >= atLeast else { return nil }
        let range = i..<stop
        let name = canonicalName(range)
        let slug = TaggingRun.slug(name), descriptors = descriptors(for: range, type: type)
        let actor: Actor
        // "Pakistan's Commerce Ministry": a government body of the country just named.
        if type == .government || type == .legislature || type == .court, let country = precedingCountry(before: i) {
            actor = Actor(id: country.id + "." + slug, name: country.name + " " + name, type: type,
                          descriptors: descriptors, country: country.id)
        } else {
            actor = Actor(id: slug, name: name, type: type, descriptors: descriptors)
        }
        return Candidate(range: range, actor: actor, kind: .name, source: .shape, nameTokens: range)
    }

    /// Whether the capitalised run at `i` follows a plural noun of companies ("importers Liptons"), or continues
    /// a list such a noun opened ("importers Liptons and Brooke Bond").
    private func introducedAsCompanies(at i: Int) -> Bool {
        guard i > sentenceRange.lowerBound, !isSentenceInitial(i) else { return false }
        func isCompanyNoun(_ k: Int) -> Bool {
            k >= sentenceRange.lowerBound && tokens[k].shape == .lower && looks[k].facts.contains(.coordinationNoun)
                && tables.values[Int(looks[k].word)].coordination == .company
        }
        if isCompanyNoun(i - 1) { return true }
        guard looks[i - 1].facts.contains(.conjunction), let last = mentions.last, last.type == .company,
              last.tokens.upperBound == i - 1 else { return false }
        return isCompanyNoun(last.tokens.lowerBound - 1)
    }

    /// A person introduced by a title ("Commerce Secretary Wilbur Ross", "Sen. Rubio", "chairman Irtiza Husain"),
    /// when the mention spans `atLeast` tokens or more (see ``organisationShape(at:atLeast:)``).
    func titledPerson(at i: Int, atLeast: Int = 0) -> Candidate? {
        let limit = sentenceRange.upperBound
        // Find the title word: `i` itself, or after up to five capitalised modifiers (the loop below looks at
        // `i + 5` last): without a title there or sooner, nothing to find.
        guard Int(next[i].title) < min(limit, i + 6) else { return nil }
        var head = i
        while head < limit, head - i < 5 {
            if looks[head].facts.contains(.title) { break }
            guard isNameWord(head) else { return nil }
            head += 1
        }
        guard head < limit, looks[head].facts.contains(.title) else { return nil }
        // Modifiers must be capitalised when present; a lower-case title stands alone.
        if head > i, !isCapitalisedWord(head) { return nil }
        var nameStart = head + 1
        // "Secretary of State George Shultz", "Minister of Finance Kiichi Miyazawa"
        if nameStart + 2 < limit, looks[nameStart].word == literals.of, isNameWord(nameStart + 1), isNameWord(nameStart + 2) {
            nameStart += 2
        }
        // A second title word: "Vice President", "Prime Minister", "Deputy Trade Representative".
        while nameStart < limit, looks[nameStart].facts.contains(.title), isCapitalisedWord(nameStart) { nameStart += 1 }
        // Up to four words, not counting particles ("Javier Perez de Cuellar" is four words and a particle).
        var nameEnd = nameStart, particles = 0
        while nameEnd < limit, nameEnd - nameStart - particles < 4, isPersonNameWord(nameEnd) {
            if looks[nameEnd].facts.contains(.nameParticle) { particles += 1 }
            nameEnd += 1
        }
        guard nameEnd > nameStart, nameEnd - i >= atLeast else { return nil }
        // Name particles only inside a name: "Ursula von der Leyen".
        let nameRange = nameStart..<nameEnd
        let actor: Actor
        var known = false
        if let person = knownPerson(nameRange) {
            actor = person
            known = true
        } else {
            let name = canonicalName(nameRange)
            actor = Actor(id: TaggingRun.slug(name), name: name, type: .person)
        }
        return Candidate(range: i..<nameEnd, actor: actor, kind: .name, source: .shape, nameTokens: nameRange, known: known)
    }

    private func isPersonNameWord(_ i: Int) -> Bool {
        if looks[i].facts.contains(.nameParticle), i + 1 < sentenceRange.upperBound,
           isCapitalisedWord(i + 1) {
            return true
        }
        let shape = tokens[i].shape
        guard isCapitalisedWord(i), shape == .capitalized || shape == .mixed
            || (shape == .upper && tokens[i].text.hasSuffix(".") && tokens[i].text.count == 2)
        else { return false }
        if !looks[i].facts.isDisjoint(with: [.notName, .title, .determiner]) { return false }
        return true
    }

    /// A person the lexicon or the document already knows, named by exactly these words (or their last words).
    private func knownPerson(_ range: Range<Int>) -> Actor? {
        for start in range {
            if let c = documentAliasMatch(at: start), c.range.upperBound == range.upperBound, c.actor.type == .person {
                return c.actor
            }
            if let c = lexiconMatch(at: start), c.range.upperBound == range.upperBound, c.actor.type == .person {
                return c.actor
            }
            if start == range.lowerBound, range.count == 1 { break }
        }
        return nil
    }

    /// The words of a name as written, with its final stop dropped unless it is an abbreviation's.
    func canonicalName(_ range: Range<Int>) -> String {
        var capacity = 0
        for i in range { capacity += tokens[i].text.utf8.count + 1 }
        // The words' bytes, each after a space unless it is attached ("'s", "-Benz") or the first.
        return String(unsafeUninitializedCapacity: capacity) { name in
            var count = 0
            for i in range {
                let word = tokens[i].text
                if word == "," { continue }
                let attached = word == "'s" || (tokens[i].attachedBefore && !TaggingRun.startsWithLetter(word))
                if count > 0, !attached {
                    name[count] = UInt8(ascii: " ")
                    count += 1
                }
                func copy(_ bytes: some Collection<UInt8>) {
                    _ = UnsafeMutableBufferPointer(rebasing: name[count...]).initialize(from: bytes)
                    count += bytes.count
                }
                if word.utf8.withContiguousStorageIfAvailable(copy) == nil { copy(word.utf8) }
            }
            return count
        }
    }

    /// Whether the first character of `word` is a letter (false for an empty word).
    static func startsWithLetter(_ word: String) -> Bool {
        if let byte = word.utf8.first, byte < 0x80 {
            return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
        return word.first?.isLetter ?? false
    }

    func descriptors(for range: Range<Int>, type: EntityType) -> [String] {
        var result = tables.typeDescriptors[type] ?? []
        for i in range where looks[i].facts.contains(.nameWord) {
            if let descriptor = tables.values[Int(looks[i].word)].nameWord, !result.contains(descriptor) {
                result.append(descriptor)
            }
        }
        return result
    }

    /// The country named just before `i` ("Pakistan's", "Chinese"), if the last mention is one.
    func precedingCountry(before i: Int) -> Actor? {
        guard let last = mentions.last, let actor = history.last?.actor, actor.type == .country else { return nil }
        let end = last.tokens.upperBound
        if end == i || (end + 1 == i && looks[end].word == literals.possessive) { return actor }
        return nil
    }

    /// After a new name: remember the forms that will refer to it later in the document.
    func learnAliases(of actor: Actor, from range: Range<Int>) {
        /// The keys of the name's words from `start` up to `end`, commas left out, as an alias of `actor`.
        func add(_ start: Int, _ end: Int) {
            var rest: [String] = []
            for k in (start + 1)..<end where looks[k].word != literals.comma { rest.append(key(k)) }
            documentAliases.add(first: key(start), rest: rest, for: actor)
        }
        // The words of the name are those of `range` but commas.
        guard var first = range.first else { return }
        while first < range.upperBound, looks[first].word == literals.comma { first += 1 }
        guard first < range.upperBound else { return }
        var last = range.upperBound - 1
        while looks[last].word == literals.comma { last -= 1 }
        var count = 0
        for k in first...last where looks[k].word != literals.comma { count += 1 }
        add(first, last + 1)
        if actor.type == .person {
            if count > 1 { documentAliases.add(first: key(last), rest: [], for: actor) }
            return
        }
        var coreCount = count
        if looks[last].facts.contains(.legalForm), count > 1 {
            coreCount -= 1
            add(first, last)
        }
        // "Delta Air Lines Inc" -> "Delta", unless the first word is generic or names something else.
        if coreCount >= 2, tokens[first].shape == .capitalized,
           looks[first].facts.isDisjoint(with: [.descriptionModifier, .orgPrefix, .orgSuffix]), !isOneWordAlias(first) {
            documentAliases.add(first: key(first), rest: [], for: actor)
        }
    }
}
