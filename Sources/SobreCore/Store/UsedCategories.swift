/// The `site.category` values already written in the assessment files of a folder laid out as
/// the interview lays it out (`<folder>/<site>/<date>.json`), for Tab after `--category`.
/// Run on every Tab: it reads a bounded number of files, never writes, and skips silently
/// what it cannot read.
package enum UsedCategories {
    /// Most files read: a network's folder may hold thousands, and Tab must answer at once.
    package static let maximumFiles = 2_000

    /// The distinct categories found, sorted (Unicode scalars).
    package static func inFolder(_ folder: String) -> [String] {
        var found = Set<String>()
        var budget = maximumFiles
        for site in FileIO.list(folder) where !site.hasPrefix(".") {
            let siteFolder = FileIO.join(folder, site)
            guard FileIO.isDirectory(siteFolder) else { continue }
            for name in FileIO.list(siteFolder) where AssessmentFiles.isAssessmentName(name) {
                guard budget > 0 else { return sorted(found) }
                budget -= 1
                guard let bytes = try? FileIO.read(FileIO.join(siteFolder, name)) else { continue }
                // The scan reads the interview's plain files without a tree; anything else is decoded.
                let category = AssessmentScan(bytes)?.site.category ?? (try? AssessmentCodec.decode(bytes))?.site.category
                if let category, !category.isEmpty { found.insert(category) }
            }
        }
        return sorted(found)
    }

    private static func sorted(_ set: Set<String>) -> [String] {
        set.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
