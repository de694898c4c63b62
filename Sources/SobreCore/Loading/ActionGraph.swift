/// The actions and the prerequisites their `after` lists name: where the cycles are.
///
/// Self-references and unknown ids are the caller's to report (they have a place in the file);
/// the graph leaves them out of its edges, so that they make no cycle.
struct ActionGraph {
    /// The action ids, in file order (a duplicate id keeps its first `after`).
    let ids: [String]
    private let edges: [String: [String]]

    init(_ actions: [(id: String, after: [String])]) {
        ids = actions.map(\.id)
        let known = Set(ids)
        var edges: [String: [String]] = [:]
        for (id, after) in actions where edges[id] == nil {
            edges[id] = after.filter { known.contains($0) && $0 != id }
        }
        self.edges = edges
    }

    /// Each cycle once, as the ids from its first action in file order round to that action
    /// again, in `after` direction (`a → b → a`); in the order a depth-first search meets them.
    func cycles() -> [[String]] {
        let order = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var state: [String: Int] = [:]  // 1 on the current path, 2 done
        var reported: Set<String> = []
        var found: [[String]] = []
        for start in ids where state[start] == nil {
            var stack: [(id: String, next: Int)] = [(start, 0)]
            var path: [String] = [start]
            state[start] = 1
            while let top = stack.last {
                let deps = edges[top.id] ?? []
                guard top.next < deps.count else {
                    state[top.id] = 2
                    stack.removeLast()
                    path.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let dep = deps[top.next]
                if state[dep] == 1, let from = path.firstIndex(of: dep) {
                    let members = Array(path[from...])
                    guard reported.insert(members.sorted().joined(separator: ",")).inserted else { continue }
                    let first = members.min { (order[$0] ?? 0) < (order[$1] ?? 0) } ?? dep
                    let k = members.firstIndex(of: first) ?? 0
                    found.append(Array(members[k...]) + Array(members[..<k]) + [first])
                } else if state[dep] == nil {
                    state[dep] = 1
                    stack.append((dep, 0))
                    path.append(dep)
                }
            }
        }
        return found
    }
}
