import SobreCore
import SobreJSON

/// The `benchmark` key of the JSON report (SPEC §11), numbers unrounded.
enum BenchmarkStandingJSON {
    static func value(_ standing: BenchmarkStanding) -> JSONValue {
        func mark(_ m: BenchmarkStanding.Mark) -> [(String, JSONValue)] {
            [("score", .number(m.score)), ("p50", .number(m.figures.p50)), ("band", .string(m.band?.rawValue))]
        }
        return .object(JSONObject([
            ("scope", .string(standing.category ?? "all")),
            ("n", .number(Double(standing.n))),
            ("overall", .object(JSONObject(mark(standing.overall)))),
            ("themes", .array(standing.themes.map { t in .object(JSONObject([("id", .string(t.id))] + mark(t.mark))) })),
        ]))
    }
}
