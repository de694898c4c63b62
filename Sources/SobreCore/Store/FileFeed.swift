import Dispatch
import Synchronization

/// The files of a comparison handed over as they are found: the folders are listed on one
/// thread while the files already found are read on the others, so listing 10,000 files no
/// longer holds every core idle but one.
final class FileFeed: Sendable {
    private struct State {
        var files: [AssessmentFiles.File] = []
        var taken = 0
        var done = false
        var problems: [FileProblem] = []
    }

    private let state = Mutex(State())
    /// Signalled at every batch found and at the end.
    private let ready = DispatchSemaphore(value: 0)

    /// How many files are handed over together: few enough that the first chunk a comparison
    /// asks for (`ComparisonReader.firstChunkSize`) comes as soon as its files are found.
    static let batch = 16

    /// Starts listing `paths` (`AssessmentFiles.collect`) on a thread of its own (as
    /// `Concurrently` starts one), or lists them here when no thread can be made.
    init(listing paths: [String], relativeTo base: String?, language: Language) {
        let list: @Sendable () -> Void = { [self] in
            let problems = AssessmentFiles.collect(paths, relativeTo: base, language: language, batch: Self.batch) { found in
                state.withLock { $0.files.append(contentsOf: found) }
                ready.signal()
            }
            state.withLock {
                $0.problems = problems
                $0.done = true
            }
            ready.signal()
        }
        if !Platform.startThread(list) { list() }
    }

    /// The next `count` files in the order `collect` finds them, waiting for the listing to find
    /// them; fewer only at the end of the listing, and nil once every file was taken.
    func next(_ count: Int) -> [AssessmentFiles.File]? {
        while true {
            let outcome = state.withLock { s -> (files: [AssessmentFiles.File]?, wait: Bool) in
                let available = s.files.count - s.taken
                guard available >= count || (s.done && available > 0) else { return (nil, !s.done) }
                let end = s.taken + min(count, available)
                let files = Array(s.files[s.taken..<end])
                s.taken = end
                return (files, false)
            }
            if !outcome.wait { return outcome.files }
            ready.wait()
        }
    }

    /// What could not be searched (`collect`'s problems); called once `next` gave nil.
    var problems: [FileProblem] {
        state.withLock { $0.problems }
    }
}
