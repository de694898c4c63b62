/// What a demo site owns, by kind of establishment: how many people use digital tools and, per
/// user, how many devices of each kind of the bundled questionnaire's inventory (`parc.*`).
///
/// The profiles follow the shape of each kind rather than one office average: an EHPAD of about
/// 80 beds has many carers sharing a few care stations and tablets, a SESSAD or a SAVS is a
/// small mobile team with a laptop and a phone each, an ESAT has offices and workshops.
public struct DemoInventory: Sendable, Equatable {
    /// People using digital tools, lowest to highest.
    public let users: ClosedRange<Int>
    /// Per inventory question id, devices (or reams of paper a year) per user.
    public let perUser: [String: Double]

    /// A profile; `utilisateurs` is one per user unless `perUser` says otherwise.
    public init(users: ClosedRange<Int>, perUser: [String: Double]) {
        self.users = users
        self.perUser = perUser.merging(["utilisateurs": 1]) { given, _ in given }
    }

    /// The number of users for a draw in [0, 1] (the same draw gives the same site).
    public func users(at fraction: Double) -> Int {
        let f = min(max(fraction, 0), 1)
        return users.lowerBound + Int((Double(users.upperBound - users.lowerBound) * f).rounded())
    }

    /// The profile of a kind of establishment (`site.category`), the generic one when unknown.
    public static func of(kind: String) -> DemoInventory { profiles[kind] ?? generic }

    /// Any kind the demo does not know (and generated answers outside the demo): two thirds of a
    /// computer per user.
    public static let generic = DemoInventory(users: 15...160, perUser: [
        "postes_fixes": 0.45, "portables": 0.22, "ecrans": 0.62, "smartphones": 0.12, "tablettes": 0.15,
        "copieurs": 0.04, "imprimantes_bureau": 0.1, "serveurs": 0.012, "ramettes": 3, "appareils_inutilises": 0.03,
    ])

    /// Residential care (EHPAD, MAS, FAM): many carers, shared care stations and tablets.
    static let residential = DemoInventory(users: 55...95, perUser: [
        "postes_fixes": 0.2, "portables": 0.07, "ecrans": 0.24, "smartphones": 0.12, "tablettes": 0.1,
        "copieurs": 0.03, "imprimantes_bureau": 0.06, "serveurs": 0.015, "ramettes": 3, "appareils_inutilises": 0.03,
    ])
    /// Education and child care with housing (IME, ITEP, MECS): offices, classrooms, tablets for
    /// augmentative communication.
    static let educational = DemoInventory(users: 35...65, perUser: [
        "postes_fixes": 0.3, "portables": 0.15, "ecrans": 0.36, "smartphones": 0.1, "tablettes": 0.2,
        "copieurs": 0.04, "imprimantes_bureau": 0.08, "serveurs": 0.02, "ramettes": 4, "appareils_inutilises": 0.04,
    ])
    /// Sheltered work (ESAT): offices and workshops, a server for production and accounts.
    static let workshop = DemoInventory(users: 25...45, perUser: [
        "postes_fixes": 0.45, "portables": 0.15, "ecrans": 0.55, "smartphones": 0.15, "tablettes": 0.05,
        "copieurs": 0.05, "imprimantes_bureau": 0.1, "serveurs": 0.03, "ramettes": 5, "appareils_inutilises": 0.02,
    ])
    /// Small housing (foyer, CHRS): an office and a shared station for the night staff.
    static let housing = DemoInventory(users: 15...30, perUser: [
        "postes_fixes": 0.2, "portables": 0.1, "ecrans": 0.25, "smartphones": 0.15, "tablettes": 0.1,
        "copieurs": 0.04, "imprimantes_bureau": 0.06, "serveurs": 0.0, "ramettes": 3, "appareils_inutilises": 0.03,
    ])
    /// Mobile teams (SESSAD, SAVS, SSIAD): a laptop and a phone each, little printing.
    static let mobile = DemoInventory(users: 10...28, perUser: [
        "postes_fixes": 0.2, "portables": 0.6, "ecrans": 0.5, "smartphones": 0.7, "tablettes": 0.1,
        "copieurs": 0.05, "imprimantes_bureau": 0.05, "serveurs": 0.0, "ramettes": 2, "appareils_inutilises": 0.02,
    ])

    static let profiles: [String: DemoInventory] = [
        "EHPAD": residential, "MAS": residential, "FAM": residential,
        "IME": educational, "ITEP": educational, "MECS": educational,
        "ESAT": workshop, "Foyer": housing, "CHRS": housing,
        "SESSAD": mobile, "SAVS": mobile, "SSIAD": mobile,
    ]
}
