/// Each site's latest and latest complete assessments (SPEC §5.1, §9) among those a comparison
/// has read so far, as positions in the list of assessments read: the ones whose plan and
/// estimates (`ComparedDetails`) it keeps.
struct LatestSoFar {
    private struct Entry {
        var latest: Int
        var complete: Int?
    }

    /// By site id as Unicode scalars, as `Comparison` tells sites apart.
    private var bySite: [FlatKey<UInt32>: Entry] = [:]

    /// Takes `assessments[index]` into account; returns the positions of the assessments whose
    /// details are no longer wanted: neither latest nor latest complete any more, and without
    /// objectives of their own (a baseline keeps its indicator values for the progress).
    mutating func offer(_ index: Int, in assessments: [ComparedAssessment]) -> [Int] {
        let assessment = assessments[index]
        // Head-office files are no site's (SPEC §12): their details are never shown.
        guard assessment.kind != .association else { return [] }
        let key = assessment.siteKey
        let complete = assessment.status == .complete
        guard var entry = bySite[key] else {
            bySite[key] = Entry(latest: index, complete: complete ? index : nil)
            return []
        }
        let before = [entry.latest, entry.complete]
        // A tie (two paths `String` finds equal) goes to the file read later, as the stable sort of
        // `SiteRecord` puts it last.
        if !ComparedAssessment.precedes(assessment, assessments[entry.latest]) { entry.latest = index }
        if complete, entry.complete.map({ !ComparedAssessment.precedes(assessment, assessments[$0]) }) ?? true {
            entry.complete = index
        }
        bySite[key] = entry
        var dropped: [Int] = []
        for case let old? in before where old != entry.latest && old != entry.complete && !dropped.contains(old)
            && assessments[old].targets == nil {
            dropped.append(old)
        }
        return dropped
    }

    /// Whether `assessments[index]` is its site's latest or latest complete so far.
    func holds(_ index: Int, in assessments: [ComparedAssessment]) -> Bool {
        guard let entry = bySite[assessments[index].siteKey] else { return false }
        return entry.latest == index || entry.complete == index
    }
}
