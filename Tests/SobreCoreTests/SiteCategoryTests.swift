import Foundation
import Testing
@testable import SobreCore
import SobreJSON

/// `site.category`, the kind of establishment: a known key of the assessment file, read by the
/// full decoder and written back
/// (the scan's case is in `AssessmentScanTests`).
@Suite struct SiteCategoryTests {
    static let text = """
        {
          "format": 1,
          "questionnaire": {
            "id": "q",
            "version": "1"
          },
          "site": {
            "id": "ehpad-tilleuls",
            "name": "EHPAD Les Tilleuls",
            "group": "Nord",
            "category": "EHPAD",
            "beds": 42
          },
          "date": "2026-11-29",
          "status": "in_progress",
          "answers": {}
        }

        """

    @Test func decodedAsAKnownKeyAndWrittenBackToTheSameBytes() throws {
        let a = try AssessmentCodec.decode(Array(Self.text.utf8))
        #expect(a.site.category == "EHPAD")
        #expect(a.site.extra["category"] == nil)
        #expect(a.site.extra["beds"] == .number(42))
        #expect(String(decoding: AssessmentCodec.bytes(a), as: UTF8.self) == Self.text)
    }

    @Test func setInTheModelItIsWritten() throws {
        var a = try AssessmentCodec.decode(Array(Self.text.utf8))
        a.site.category = "IME"
        let site = try #require(try JSONParser.parse(AssessmentCodec.bytes(a)).objectValue?["site"]?.objectValue)
        #expect(site["category"] == .string("IME"))
        #expect(site["beds"] == .number(42))
    }
}
