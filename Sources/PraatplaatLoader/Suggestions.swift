/// "Did you mean" for misspelled keys and kinds: the closest known name within a small edit distance.
public enum Suggestions {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        if let exact = candidates.first(where: { $0.lowercased() == lower }) { return exact }
        let limit = max(1, min(3, word.count / 3))
        // Equal distances go to a name with the same first letter (people rarely mistype that one).
        var best: (name: String, score: Double)?
        for candidate in candidates.sorted() {
            let d = distance(lower, candidate.lowercased())
            guard d <= limit else { continue }
            let score = Double(d) - (candidate.lowercased().first == lower.first ? 0.5 : 0)
            if score < (best?.score ?? .infinity) { best = (candidate, score) }
        }
        return best?.name
    }

    /// Optimal-string-alignment distance: Levenshtein plus swapped neighbours (`itmes` -> `items` is 1).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
