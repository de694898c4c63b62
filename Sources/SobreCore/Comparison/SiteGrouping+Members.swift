extension SiteGrouping {
    /// `items` grouped by their site's value for this grouping, the groups in `precedes` order,
    /// the items without a value (nil or empty) apart; each group named as its first item writes it.
    ///
    /// Names are the same when their Unicode scalars are, as a benchmark's categories are
    /// (`compare --by category` and `--format benchmark` group alike): « é » composed and « e »
    /// with a combining accent are two names, as they are two texts in every file.
    package func members<Item>(_ items: [Item], site: (Item) -> Assessment.Site) -> (named: [(name: String, items: [Item])], unnamed: [Item]) {
        var groups: [[Unicode.Scalar]: (name: String, items: [Item])] = [:]
        var unnamed: [Item] = []
        for item in items {
            guard let name = key(of: site(item)), !name.isEmpty else {
                unnamed.append(item)
                continue
            }
            groups[Array(name.unicodeScalars), default: (name, [])].items.append(item)
        }
        return (groups.values.sorted { Self.precedes($0.name, $1.name) }, unnamed)
    }

    /// Whether the group `a` comes before the group `b`: by Unicode scalars, as a benchmark's categories.
    package static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
