import SobreJSON

/// Writes and reads the benchmark file of SPEC §11 (docs/reference/benchmark-json.md).
public enum BenchmarkCodec {
    /// Why a benchmark file cannot be used.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, in one sentence.
        public var message: String
        public var description: String { message }
    }

    /// The benchmark as a JSON value, keys in the order of SPEC §11, numbers unrounded.
    public static func value(_ benchmark: Benchmark) -> JSONValue {
        var root = JSONObject()
        root["benchmark_format"] = .number(1)
        root["questionnaire"] = .object(JSONObject([
            ("id", .string(benchmark.questionnaireID)), ("versions", .array(benchmark.versions.map { .string($0) })),
        ]))
        root["min_sites"] = .number(Double(benchmark.minSites))
        root["population"] = .object(JSONObject([
            ("sites", .number(Double(benchmark.sites))), ("from", .string(benchmark.from)), ("to", .string(benchmark.to)),
        ]))
        for (key, value) in figures(benchmark.figures) { root[key] = value }
        root["categories"] = .array(benchmark.categories.map { c in
            .object(JSONObject([("category", .string(c.name)), ("n", .number(Double(c.n)))] + figures(c.figures)))
        })
        return .object(root)
    }

    /// The benchmark as pretty JSON text in UTF-8.
    public static func bytes(_ benchmark: Benchmark) -> [UInt8] {
        JSONWriter.bytes(value(benchmark))
    }

    private static func figures(_ f: BenchmarkFigures) -> [(String, JSONValue)] {
        var levels = JSONObject()
        for count in f.overall.levels { levels[String(count.id)] = .number(Double(count.sites)) }
        return [
            ("overall", .object(JSONObject(distribution(f.overall.distribution) + [("levels", .object(levels))]))),
            ("themes", .array(f.themes.map { t in
                .object(JSONObject([("id", .string(t.id)), ("title", .string(t.title))] + distribution(t.distribution)))
            })),
            ("indicators", .array(f.indicators.map { i in
                .object(JSONObject([("id", .string(i.indicator.id)), ("label", .string(i.indicator.label)),
                                    ("unit", .string(i.indicator.unit))] + distribution(i.distribution)))
            })),
        ]
    }

    private static func distribution(_ d: Distribution) -> [(String, JSONValue)] {
        [("n", .number(Double(d.n))), ("mean", .number(d.mean)), ("p10", .number(d.p10)), ("p25", .number(d.p25)),
         ("p50", .number(d.p50)), ("p75", .number(d.p75)), ("p90", .number(d.p90))]
    }

    /// Reads a benchmark file; unknown keys are ignored (a newer version may add some).
    public static func decode(_ bytes: [UInt8], language: Language = .fr) throws(ReadError) -> Benchmark {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw ReadError(message: JSONSyntaxMessage.text(error, byteCount: bytes.count, language: language))
        }
        let reader = Reader(language: language)
        guard let root = json.objectValue else {
            throw reader.fail("le fichier doit contenir un objet JSON { … }", "the file must hold a JSON object { … }")
        }
        let format = try reader.number(root, "benchmark_format", in: "")
        guard format == 1 else {
            throw reader.fail(
                "format de repère \(JSONWriter.number(format)) non pris en charge (cette version lit le format 1)",
                "benchmark format \(JSONWriter.number(format)) is not supported (this version reads format 1)")
        }
        let questionnaire = try reader.object(root["questionnaire"], "questionnaire")
        let versions = try reader.array(questionnaire["versions"], "questionnaire.versions").enumerated().map { k, v throws(ReadError) in
            guard let text = v.stringValue else { throw reader.mustBe("questionnaire.versions[\(k)]", text: true) }
            return text
        }
        let population = try reader.object(root["population"], "population")
        return Benchmark(
            questionnaireID: try reader.text(questionnaire, "id", in: "questionnaire"), versions: versions,
            minSites: try reader.count(root, "min_sites", in: ""), sites: try reader.count(population, "sites", in: "population"),
            from: try reader.month(population, "from", in: "population"), to: try reader.month(population, "to", in: "population"),
            figures: try reader.figures(root, in: ""),
            categories: try reader.array(root["categories"] ?? .array([]), "categories").enumerated().map { k, v throws(ReadError) in
                let path = "categories[\(k)]"
                let c = try reader.object(v, path)
                return Benchmark.Category(name: try reader.text(c, "category", in: path), n: try reader.count(c, "n", in: path),
                                          figures: try reader.figures(c, in: path))
            })
    }

    /// Typed access to the parts of a benchmark, each failure naming the key's path.
    private struct Reader {
        let language: Language

        func fail(_ fr: String, _ en: String) -> ReadError { ReadError(message: language.pick(fr: fr, en: en)) }

        func mustBe(_ path: String, text: Bool = false, object: Bool = false, array: Bool = false) -> ReadError {
            if object { return fail("« \(path) » doit être un objet { … }", "'\(path)' must be an object { … }") }
            if array { return fail("« \(path) » doit être une liste [ … ]", "'\(path)' must be a list [ … ]") }
            if text { return fail("« \(path) » doit être un texte", "'\(path)' must be a text") }
            return fail("« \(path) » doit être un nombre", "'\(path)' must be a number")
        }

        private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

        private func present(_ value: JSONValue?, _ path: String) throws(ReadError) -> JSONValue {
            guard let value, value != .null else {
                throw fail("il manque « \(path) » : ce fichier n’est pas un repère de sobre compare --format benchmark",
                           "missing '\(path)': this file is not a benchmark from sobre compare --format benchmark")
            }
            return value
        }

        func object(_ value: JSONValue?, _ path: String) throws(ReadError) -> JSONObject {
            guard let object = try present(value, path).objectValue else { throw mustBe(path, object: true) }
            return object
        }

        func array(_ value: JSONValue?, _ path: String) throws(ReadError) -> [JSONValue] {
            guard let items = try present(value, path).arrayValue else { throw mustBe(path, array: true) }
            return items
        }

        func text(_ object: JSONObject, _ key: String, in path: String) throws(ReadError) -> String {
            let full = join(path, key)
            guard let text = try present(object[key], full).stringValue else { throw mustBe(full, text: true) }
            return text
        }

        /// A month written `YYYY-MM`, as the benchmark writes its population's (SPEC §11): reports
        /// show it in words, and no other text reaches them.
        func month(_ object: JSONObject, _ key: String, in path: String) throws(ReadError) -> String {
            let month = try text(object, key, in: path)
            guard IsoDate.isValidMonth(month) else {
                throw fail("« \(join(path, key)) » doit être un mois AAAA-MM (2026-05)", "'\(join(path, key))' must be a month YYYY-MM (2026-05)")
            }
            return month
        }

        func number(_ object: JSONObject, _ key: String, in path: String) throws(ReadError) -> Double {
            let full = join(path, key)
            guard let number = try present(object[key], full).numberValue else { throw mustBe(full) }
            return number
        }

        func count(_ object: JSONObject, _ key: String, in path: String) throws(ReadError) -> Int {
            let x = try number(object, key, in: path)
            guard x >= 0, x.rounded() == x, x < 1e15 else {
                throw fail("« \(join(path, key)) » doit être un nombre entier positif", "'\(join(path, key))' must be a whole positive number")
            }
            return Int(x)
        }

        func distribution(_ o: JSONObject, in path: String) throws(ReadError) -> Distribution {
            Distribution(n: try count(o, "n", in: path), mean: try number(o, "mean", in: path),
                         p10: try number(o, "p10", in: path), p25: try number(o, "p25", in: path),
                         p50: try number(o, "p50", in: path), p75: try number(o, "p75", in: path),
                         p90: try number(o, "p90", in: path))
        }

        func figures(_ scope: JSONObject, in path: String) throws(ReadError) -> BenchmarkFigures {
            let overallPath = join(path, "overall")
            let overall = try object(scope["overall"], overallPath)
            let overallFigures = try distribution(overall, in: overallPath)
            let levelsPath = join(overallPath, "levels")
            var levels: [OverallStatistics.LevelCount] = []
            for (key, value) in try object(overall["levels"], levelsPath) {
                guard let id = Int(key), let sites = value.numberValue, sites >= 0, sites.rounded() == sites, sites < 1e15 else {
                    throw fail("« \(levelsPath) » doit associer des numéros de niveau à des nombres de sites",
                               "'\(levelsPath)' must map level numbers to numbers of sites")
                }
                levels.append(.init(id: id, sites: Int(sites)))
            }
            let themesPath = join(path, "themes")
            let themes = try array(scope["themes"], themesPath).enumerated().map { k, v throws(ReadError) in
                let p = "\(themesPath)[\(k)]"
                let t = try object(v, p)
                return BenchmarkFigures.ThemeFigures(id: try text(t, "id", in: p), title: try text(t, "title", in: p),
                                                     distribution: try distribution(t, in: p))
            }
            let indicatorsPath = join(path, "indicators")
            let indicators = try array(scope["indicators"] ?? .array([]), indicatorsPath).enumerated().map { k, v throws(ReadError) in
                let p = "\(indicatorsPath)[\(k)]"
                let i = try object(v, p)
                return BenchmarkFigures.IndicatorFigures(
                    indicator: BenchmarkIndicator(id: try text(i, "id", in: p), label: try text(i, "label", in: p),
                                                  unit: try text(i, "unit", in: p)),
                    distribution: try distribution(i, in: p))
            }
            return BenchmarkFigures(overall: .init(distribution: overallFigures, levels: levels.sorted { $0.id < $1.id }),
                                    themes: themes, indicators: indicators)
        }
    }
}
