import Mustache
@testable import SobreCore
@testable import SobreReport
import Synchronization
import Testing

/// A list made as the template reads it renders exactly as the array it stands for, and holds
/// no more than a block of its elements at a time.
@Suite struct LazyTemplateListTests {
    /// Sections with the sequence's `first`, `last` and `index`, an inverted section, and every
    /// transform an array has.
    static let template = """
        {{#items}}{{#first()}}[{{/first()}}{{index()}}:{{name}}{{^last()}}, {{/last()}}{{#last()}}]{{/last()}}{{/items}}\
        |{{^items}}none{{/items}}|{{count(items)}}|{{#empty(items)}}empty{{/empty(items)}}\
        |{{#first(items)}}{{name}}{{/first(items)}}|{{#last(items)}}{{name}}{{/last(items)}}\
        |{{#reversed(items)}}{{name}} {{/reversed(items)}}|{{#items}}{{outer}}{{/items}}\
        |{{items.count}}|{{#items.make}}m{{/items.make}}|{{^items}}{{count}}{{/items}}
        """

    struct Item: Sendable, MustacheParent {
        let name: String

        func child(named key: String) -> Any? { key == "name" ? name : nil }
    }

    static func render(_ items: Any) throws -> String {
        try MustacheTemplate(string: template).render(["items": items, "outer": "o", "count": "root"])
    }

    @Test(arguments: [0, 1, 2, 255, 256, 257, 600])
    func rendersAsTheArray(count: Int) throws {
        let names = (0..<count).map { "n\($0)" }
        let lazy = LazyTemplateList(count: count) { Item(name: names[$0]) }
        let array = names.map { Item(name: $0) }
        let expected = try Self.render(array)
        #expect(try Self.render(lazy) == expected)
        #expect(expected.contains(count == 0 ? "|none|0|empty|" : "|\(count)|"))
        if count == 0 { #expect(expected.hasSuffix("||||root")) }
        if count == 2 { #expect(expected == "[0:n0, 1:n1]||2||n0|n1|n1 n0 |oo|||") }
    }

    @Test func elementsAreMadeABlockAtATime() {
        let made = Mutex(0)
        let list = LazyTemplateList(count: 1000) { k in
            made.withLock { $0 += 1 }
            return k
        }
        var iterator = list.makeIterator()
        #expect(iterator.next() == 0)
        #expect(made.withLock { $0 } == LazyTemplateList<Int>.blockSize)
        var seen = [0]
        while let k = iterator.next() { seen.append(k) }
        #expect(seen == Array(0..<1000))
        #expect(made.withLock { $0 } == 1000)
    }
}
