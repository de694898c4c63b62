/// Which head-office assessment each site inherited from (SPEC §12).
extension Comparison {
    /// The head-office assessment among `associations` whose answers the latest assessment of
    /// `record` inherited: its recorded file, read from the site's folder, is that assessment's file.
    public func association(usedBy record: SiteRecord) -> ComparedAssessment? {
        guard let reference = record.latest.association else { return nil }
        let wanted = Self.normalised(FileIO.join(FileIO.directory(of: record.latest.file), reference.file))
        return associations.last { Self.normalised($0.file) == wanted && $0.date == reference.date }
    }

    /// The ids of the sites whose latest assessment inherited `association`'s answers.
    public func sites(using association: ComparedAssessment) -> [String] {
        sites.filter { self.association(usedBy: $0)?.file == association.file }.map(\.id)
    }

    /// `a/./b/../c` as `a/c`: two spellings of one path compare equal.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
