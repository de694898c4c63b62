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
    ///
    /// At most two: the former latest and latest complete. The assessment's fields are read in
    /// place and nothing is allocated: this runs on one core for each file read.
    mutating func offer(_ index: Int, in assessments: [ComparedAssessment]) -> (Int?, Int?) {
        // Head-office files are no site's (SPEC §12): their details are never shown.
        guard assessments[index].kind != .association else { return (nil, nil) }
        let complete = assessments[index].status == .complete
        // The site's entry changed where it is, found by one hash of its id (-1: a new site).
        return Self.settle(&bySite[assessments[index].siteKey, default: Entry(latest: -1, complete: nil)], index, complete: complete,
                           in: assessments)
    }

    private static func settle(_ entry: inout Entry, _ index: Int, complete: Bool, in assessments: [ComparedAssessment]) -> (Int?, Int?) {
        guard entry.latest >= 0 else {
            entry = Entry(latest: index, complete: complete ? index : nil)
            return (nil, nil)
        }
        let (formerLatest, formerComplete) = (entry.latest, entry.complete)
        // A tie (two paths `String` finds equal) goes to the file read later, as the stable sort of
        // `SiteRecord` puts it last.
        if !ComparedAssessment.precedes(assessments[index], assessments[entry.latest]) { entry.latest = index }
        if complete, entry.complete.map({ !ComparedAssessment.precedes(assessments[index], assessments[$0]) }) ?? true {
            entry.complete = index
        }
        func unwanted(_ old: Int?) -> Int? {
            guard let old, old != entry.latest, old != entry.complete, !assessments[old].hasTargets else { return nil }
            return old
        }
        let first = unwanted(formerLatest)
        let second = formerComplete == formerLatest ? nil : unwanted(formerComplete)
        return (first, second)
    }

    /// What a comparison makes of an assessment's scorecard, once its chunk is offered.
    enum Kept: Sendable {
        /// The plan and the estimates: a site's latest or latest complete so far.
        case all
        /// The indicator values: a site's baseline (objectives of its own) that is neither.
        case indicatorValues
        case nothing
    }

    /// What to make of `assessments[index]`'s scorecard now: the details `offer` keeps.
    func kept(_ index: Int, in assessments: [ComparedAssessment]) -> Kept {
        if holds(index, in: assessments) { return .all }
        return assessments[index].hasTargets && assessments[index].kind != .association ? .indicatorValues : .nothing
    }

    /// Whether `assessments[index]` is its site's latest or latest complete so far.
    func holds(_ index: Int, in assessments: [ComparedAssessment]) -> Bool {
        guard let entry = bySite[assessments[index].siteKey] else { return false }
        return entry.latest == index || entry.complete == index
    }
}
