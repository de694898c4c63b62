import SobreCore
import SobreJSON

/// A site's `targets` in the comparison's JSON (SPEC §9): the same object as a report's
/// `progress`.
extension CompareJSON {
    static func targets(_ p: TargetProgress, into json: inout JSONStream) {
        json.beginObject()
        json.key("by"); json.number(Double(p.by))
        json.key("baseline"); json.string(p.baseline)
        json.key("status"); json.string(p.status.rawValue)
        json.key("items")
        json.beginArray()
        for i in p.items {
            json.beginObject()
            json.key("scope"); json.string(i.scope.rawValue)
            json.key("id"); json.string(i.id)
            json.key("target"); json.number(i.target)
            json.key("progress"); json.number(i.progress)
            json.key("expected"); json.number(i.expected)
            json.key("status"); json.string(i.status.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
