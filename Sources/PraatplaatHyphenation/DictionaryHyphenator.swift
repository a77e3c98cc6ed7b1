import CHyphen
import Foundation
import PraatplaatModel
import PraatplaatScene

/// Hyphenation from the pattern dictionaries Debian ships for LibreOffice (`hyphen-nl`,
/// `hyphen-en-us`), read with libhyphen. A dictionary is loaded once per process and only read
/// after that, so one serves every thread; the breaks of a word are remembered.
public final class DictionaryHyphenator: Hyphenator, @unchecked Sendable {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// The dictionary's words are ISO 8859-1 (the Dutch one) or UTF-8 (the English one).
    private let latin1: Bool
    private let dutch: Bool
    private let lock = NSLock()
    private var known: [String: [HyphenBreak]] = [:]

    static let folders = ["/usr/share/hyphen"]
    /// Shortest parts a break may leave, as Dutch and English typesetting ask.
    public static let before = 2, after = 3

    private init?(path: String, dutch: Bool) {
        guard let loaded = hnj_hyphen_load(path) else { return nil }
        dictionary = loaded
        let encoding = withUnsafeBytes(of: loaded.pointee.cset) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        latin1 = !encoding.uppercased().hasPrefix("UTF")
        self.dutch = dutch
    }

    deinit { hnj_hyphen_free(dictionary) }

    nonisolated(unsafe) private static var loaded: [String: DictionaryHyphenator?] = [:]
    private static let loading = NSLock()

    /// The hyphenator of `language` (nl, en), or nil when its dictionary is not installed.
    public static func forLanguage(_ language: Language) -> DictionaryHyphenator? {
        let file = language.isDutch ? "hyph_nl_NL.dic" : "hyph_en_US.dic"
        loading.lock()
        defer { loading.unlock() }
        if let known = loaded[file] { return known }
        let path = folders.map { $0 + "/" + file }.first { FileManager.default.fileExists(atPath: $0) }
        let made = path.flatMap { DictionaryHyphenator(path: $0, dutch: language.isDutch) }
        loaded[file] = made
        return made
    }

    /// No word this long (in characters) is looked up: none is, and a long text kept as a key of
    /// the cache would cost memory for nothing.
    static let longestWord = 200

    public func breaks(in word: String) -> [HyphenBreak] {
        guard word.utf8.count < Self.longestWord || word.count < Self.longestWord else { return [] }
        lock.lock()
        if let cached = known[word] { lock.unlock(); return cached }
        lock.unlock()
        let found = compute(word)
        lock.lock()
        if known.count > 20_000 { known.removeAll(keepingCapacity: true) }
        known[word] = found
        lock.unlock()
        return found
    }

    private func compute(_ word: String) -> [HyphenBreak] {
        let characters = Array(word)
        guard characters.count >= Self.before + Self.after, characters.count < Self.longestWord else { return [] }
        let lower = word.lowercased()
        // The word in the dictionary's encoding, and the character each of libhyphen's positions
        // ends: a byte's in ISO 8859-1; a code point's in UTF-8, because for a UTF-8 dictionary
        // libhyphen renumbers its answer by code point (hnj_hyphen_norm), not by byte.
        let bytes: [UInt8]
        var characterEnding: [Int] = []
        if latin1 {
            guard let data = lower.data(using: .isoLatin1), data.count == characters.count else { return [] }
            bytes = [UInt8](data)
            characterEnding = Array(1...characters.count)
        } else {
            bytes = Array(lower.utf8)
            for (i, ch) in Array(lower).enumerated() { characterEnding += Array(repeating: i + 1, count: ch.unicodeScalars.count) }
            guard characterEnding.count == lower.unicodeScalars.count else { return [] }
        }
        // libhyphen reads the word as a C string besides its length (strstr for its NOHYPHEN
        // list, the left-hyphenmin loop), so it must end in a NUL: without one ASan saw it read
        // past the buffer (Tests/Fixtures/text-path/findings/hyphenate-unterminated.txt).
        let terminated = bytes + [0]
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var pos: UnsafeMutablePointer<Int32>?
        var cut: UnsafeMutablePointer<Int32>?
        let status = terminated.withUnsafeBufferPointer { word in
            word.withMemoryRebound(to: CChar.self) { w in
                hnj_hyphen_hyphenate3(dictionary, w.baseAddress, Int32(bytes.count), &hyphens, nil, &rep, &pos, &cut,
                                      Int32(Self.before), Int32(Self.after), Int32(Self.before), Int32(Self.after))
            }
        }
        // Non-standard breaks (the word changes at them) come back as replacements; they are
        // not used, but the buffers are ours to free.
        if let rep {
            for i in 0..<bytes.count { free(rep[i]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard status == 0 else { return [] }
        var out: [HyphenBreak] = []
        for i in 0..<characterEnding.count where hyphens[i] & 1 == 1 {
            let after = characterEnding[i]
            guard after >= Self.before, characters.count - after >= Self.after else { continue }
            out.append(HyphenBreak(after: after, next: dutch ? Self.withoutTrema(characters[after]) : nil))
        }
        if dutch {
            out = Self.withTremaBreaks(out, characters)
            let lowerCharacters = Array(lower)
            if let words = Self.dutchWords, lowerCharacters.count == characters.count {
                for i in out.indices where out[i].after < lowerCharacters.count {
                    var rest = lowerCharacters[out[i].after...]
                    if let next = out[i].next, !rest.isEmpty { rest[rest.startIndex] = Character(next.lowercased()) }
                    guard rest.count >= 4, words.contains(WordList.key(String(rest))) else { continue }
                    // Before it, a word too, perhaps with its linking s (samenwerking-s).
                    let head = String(lowerCharacters[..<out[i].after])
                    let whole = words.contains(WordList.key(head)) || (head.hasSuffix("s") && words.contains(WordList.key(String(head.dropLast()))))
                    out[i].seam = whole ? 2 : 1
                }
            }
        }
        return out
    }

    /// Dutch words from Debian's `wdutch` (/usr/share/dict/dutch), to tell where a compound's
    /// words meet: a break is a seam when what follows it is a word of its own. Read once, kept
    /// as hashes (a set of 400,000 strings would take some 40 MB); nil without the list.
    static let dutchWords: WordList? = WordList(path: "/usr/share/dict/dutch")

    /// In Dutch a trema marks where a syllable starts, so a break may always come before it,
    /// also where the patterns are silent and with two letters after it: idee-en, zee-en,
    /// knie-en (ideeën, zeeën, knieën); never one letter alone.
    static func withTremaBreaks(_ breaks: [HyphenBreak], _ characters: [Character]) -> [HyphenBreak] {
        var out = breaks
        for (i, c) in characters.enumerated() where i >= before && characters.count - i >= 2 && !out.contains(where: { $0.after == i }) {
            guard let plain = withoutTrema(c), characters[i - 1].isLetter else { continue }
            out.append(HyphenBreak(after: i, next: plain))
        }
        return out.sorted { $0.after < $1.after }
    }

    /// Dutch writes the trema only to separate vowels; at a break the next line starts its
    /// syllable plainly (ge-ëvenaard -> ge- / evenaard).
    static func withoutTrema(_ c: Character) -> Character? {
        let plain: [Character: Character] = ["ë": "e", "ï": "i", "ü": "u", "ö": "o", "ä": "a", "Ë": "E", "Ï": "I", "Ü": "U", "Ö": "O", "Ä": "A"]
        return plain[c]
    }
}

/// A word list as 64-bit hashes of its lowercased words: enough to ask whether a string is a
/// word, in an eighth of the memory of the words themselves.
struct WordList: Sendable {
    private let keys: Set<UInt64>

    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var keys = Set<UInt64>(minimumCapacity: 450_000)
        var hash: UInt64 = Self.offset
        var empty = true
        for byte in data {
            if byte == 0x0A {
                if !empty { keys.insert(hash) }
                hash = Self.offset
                empty = true
            } else {
                // ASCII capitals as small letters; the list's other capitals are rare names.
                let b = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                hash = (hash ^ UInt64(b)) &* Self.prime
                empty = false
            }
        }
        if !empty { keys.insert(hash) }
        self.keys = keys
    }

    func contains(_ key: UInt64) -> Bool { keys.contains(key) }

    /// FNV-1a over the word's UTF-8, lowercased as the list is read.
    static func key(_ word: String) -> UInt64 {
        var hash = offset
        for byte in word.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
}
