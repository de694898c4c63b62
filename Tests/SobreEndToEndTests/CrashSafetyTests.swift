import Foundation
import SobreCore
import Testing

/// SIGKILL at many moments of a scripted interview: the file is always valid and keeps every
/// answer confirmed by the next question's prompt.
@Suite struct CrashSafetyTests {
    @Test func killedAtAnyMomentTheFileHoldsEveryConfirmedAnswer() throws {
        let folder = try E2E.folder(memory: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let count = 30
        let (yaml, answers) = E2EFixtures.long(count)
        try E2E.write(yaml, to: folder + "/long.yaml")
        for trial in 0...count {
            let out = "kill-\(trial).json"
            let child = try ChildProcess(["interview", "--questionnaire", folder + "/long.yaml", "--site", "Crash", "--out", out],
                                         in: folder, input: .pipe)
            // Answer `trial` questions, each after its prompt; then kill while the last one is being recorded.
            for k in 0..<trial {
                try child.expect("\(k + 1)/\(count) >\n")
                child.send(answers[k].typed + "\n")
            }
            if trial % 3 == 1 { usleep(UInt32(200 * (trial % 7))) }
            child.signal(SIGKILL)
            let code = child.waitForExit()
            #expect(code == -SIGKILL || (trial == count && code == 0), "the last answer may finish the interview first")
            let output = child.text
            let path = folder + "/" + out
            guard FileManager.default.fileExists(atPath: path) else {
                #expect(trial == 0, "the file exists before the first prompt")
                continue
            }
            let decoded: Assessment
            do {
                decoded = try AssessmentCodec.decode(try E2E.read(path))
            } catch {
                Issue.record("trial \(trial): not a valid assessment: \(error)")
                continue
            }
            for k in 0..<trial {
                let confirmed = k + 1 < count ? output.contains("\(k + 2)/\(count) >\n") : output.contains("Entretien terminé.")
                let stored = decoded.answers[answers[k].id]?.value
                if confirmed {
                    #expect(stored == answers[k].stored, "trial \(trial): answer \(k + 1) was confirmed")
                } else {
                    #expect(k == trial - 1, "trial \(trial): only the last answer may be unconfirmed")
                    if stored != nil { #expect(stored == answers[k].stored) }
                }
            }
            #expect(decoded.answers.count <= trial)
        }
    }
}
