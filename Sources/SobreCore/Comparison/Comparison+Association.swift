/// Which head-office assessment each site inherited from (SPEC §12).
extension Comparison {
    /// The head-office assessment among `associations` whose answers the latest assessment of
    /// `record` inherited: its recorded file, read from the site's folder, is that assessment's file.
    public func association(usedBy record: SiteRecord) -> ComparedAssessment? {
        guard let k = position(ofSite: record.id), sites[k].latest.file == record.latest.file else {
            return Self.headOffice(of: record, among: associations, byPath: Self.byPath(associations)).map { associations[$0] }
        }
        return headOffices[k].map { associations[$0] }
    }

    /// The ids of the sites whose latest assessment inherited `association`'s answers.
    public func sites(using association: ComparedAssessment) -> [String] {
        sites.indices.filter { k in headOffices[k].map { associations[$0].file == association.file } ?? false }.map { sites[$0].id }
    }

    /// For each of `sites`, the position in `associations` of its head-office assessment.
    static func headOffices(of sites: [SiteRecord], among associations: [ComparedAssessment]) -> [Int?] {
        guard !associations.isEmpty else { return sites.map { _ in nil } }
        let byPath = byPath(associations)
        return ParallelMap.map(sites) { headOffice(of: $0, among: associations, byPath: byPath) }
    }

    /// The positions in `associations` by normalised path, in order.
    private static func byPath(_ associations: [ComparedAssessment]) -> [String: [Int]] {
        var byPath: [String: [Int]] = [:]
        for (k, a) in associations.enumerated() { byPath[normalised(a.file), default: []].append(k) }
        return byPath
    }

    /// The last of `associations` at the path and date the latest assessment of `record` recorded.
    private static func headOffice(of record: SiteRecord, among associations: [ComparedAssessment], byPath: [String: [Int]]) -> Int? {
        guard let reference = record.latest.association else { return nil }
        let wanted = normalised(FileIO.join(FileIO.directory(of: record.latest.file), reference.file))
        return byPath[wanted]?.last { associations[$0].date == reference.date }
    }

    /// The position of the site with this id in `sites`, sorted by id.
    func position(ofSite id: String) -> Int? {
        let key = Array(id.unicodeScalars)
        var low = 0, high = sites.count
        while low < high {
            let mid = (low + high) / 2
            if sites[mid].id.unicodeScalars.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
        }
        return low < sites.count && sites[low].id.unicodeScalars.elementsEqual(key) ? low : nil
    }

    /// `a/./b/../c` as `a/c`: two spellings of one path compare equal. On the bytes: the file
    /// system splits paths at the byte `/`, and a comparison of 100,000 files normalises one path
    /// per site.
    package static func normalised(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        func isDotDot(_ r: Range<Int>) -> Bool { r.count == 2 && bytes[r.lowerBound] == dot && bytes[r.lowerBound + 1] == dot }
        var parts: [Range<Int>] = []
        var k = 0
        while k < bytes.count {
            var end = k
            while end < bytes.count, bytes[end] != slash { end += 1 }
            let part = k..<end
            if part.isEmpty || (part.count == 1 && bytes[k] == dot) {
                // An empty or `.` part names the same folder.
            } else if isDotDot(part), let last = parts.last, !isDotDot(last) {
                parts.removeLast()
            } else {
                parts.append(part)
            }
            k = end + 1
        }
        var out: [UInt8] = bytes.first == slash ? [slash] : []
        out.reserveCapacity(bytes.count)
        for (n, part) in parts.enumerated() {
            if n > 0 { out.append(slash) }
            out += bytes[part]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
