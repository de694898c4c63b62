@testable import SobreCore
import Testing

/// The cores a comparison starts threads for: online, within the affinity and the CPU quota.
@Suite struct CoreCountTests {
    @Test func theAffinityMaskCountsItsBits() {
        #expect(CoreCount.allowedByAffinity("Name:\tsobre\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
        #expect(CoreCount.allowedByAffinity("Cpus_allowed:\tffffffff,ffffffff\n") == 64)
        #expect(CoreCount.allowedByAffinity("Cpus_allowed:\t00000000,00000010\n") == 1)
        #expect(CoreCount.allowedByAffinity("Cpus_allowed:\t0\n") == nil)
        #expect(CoreCount.allowedByAffinity("Name:\tsobre\n") == nil)
    }

    @Test func theQuotaIsRoundedUp() {
        #expect(CoreCount.allowedByQuota("200000 100000\n") == 2)
        #expect(CoreCount.allowedByQuota("150000 100000\n") == 2)
        #expect(CoreCount.allowedByQuota("50000 100000") == 1)
        #expect(CoreCount.allowedByQuota("max 100000\n") == nil)
        #expect(CoreCount.allowedByQuota("") == nil)
        #expect(CoreCount.allowedByQuota("0 100000") == nil)
    }

    @Test func theFewestWins() {
        #expect(CoreCount.usable(online: 64, status: "Cpus_allowed:\tff\n", quota: "200000 100000") == 2)
        #expect(CoreCount.usable(online: 64, status: "Cpus_allowed:\tf\n", quota: "max 100000") == 4)
        #expect(CoreCount.usable(online: 2, status: "Cpus_allowed:\tffff\n", quota: nil) == 2)
        #expect(CoreCount.usable(online: 8, status: nil, quota: nil) == 8)
        #expect(CoreCount.usable(online: 0, status: nil, quota: "1000 100000") == 1)
        // This machine's own answer: within what is online.
        #expect((1...Platform.processorCount).contains(CoreCount.usable))
    }
}
