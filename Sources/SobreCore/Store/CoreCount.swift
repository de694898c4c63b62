/// How many cores this process may use: the cores online, fewer when its affinity (Linux's
/// `Cpus_allowed` in `/proc/self/status`) or its control group's CPU quota allow fewer, as in a
/// container given two CPUs of a large host. The quota read is `/sys/fs/cgroup/cpu.max`, the one
/// a container sees as its own (cgroup v2); a quota set on a group nested below it is not.
///
/// A comparison starts a thread per core, each parsing its own copy of the questionnaire
/// (`Crew`, `SharedQuestionnaires`): counted from the host's cores, a container limited to two
/// would parse dozens of copies on those two.
package enum CoreCount {
    /// The cores usable, at least one.
    package static var usable: Int {
        usable(online: Platform.processorCount, status: text("/proc/self/status"), quota: text("/sys/fs/cgroup/cpu.max"))
    }

    /// The cores usable from what the system says: the cores online, the process's status text
    /// and its control group's `cpu.max`, either text nil when it cannot be read.
    static func usable(online: Int, status: String?, quota: String?) -> Int {
        var count = max(online, 1)
        if let allowed = status.flatMap(allowedByAffinity) { count = min(count, allowed) }
        if let allowed = quota.flatMap(allowedByQuota) { count = min(count, allowed) }
        return max(count, 1)
    }

    /// The cores of the `Cpus_allowed:` mask (hexadecimal words separated by commas), nil
    /// without one or with none set.
    static func allowedByAffinity(_ status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed:") {
            var bits = 0
            for c in line.dropFirst("Cpus_allowed:".count) {
                guard let digit = c.hexDigitValue else { continue }
                bits += digit.nonzeroBitCount
            }
            return bits > 0 ? bits : nil
        }
        return nil
    }

    /// The quota over the period of `cpu.max` ("200000 100000": 2), rounded up; nil for "max"
    /// (no quota) or anything else.
    static func allowedByQuota(_ text: String) -> Int? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let quota = Int(fields[0]), let period = Int(fields[1]), quota > 0, period > 0 else { return nil }
        return (quota + period - 1) / period
    }

    private static func text(_ path: String) -> String? {
        guard let bytes = try? FileIO.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
