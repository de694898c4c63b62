import Mustache
import SobreCore

/// A list in a template's context whose elements are made as the template reads them, a block
/// at a time on every core, and let go once rendered.
///
/// Why: the heatmap of a comparison of 34,000 sites held every row's markup (about 3 KB each)
/// beside the page being rendered, which took the HTML comparison of 100,000 files past 500 MB.
///
/// It reads as the array of rows it stands for: a section renders each element in order (with
/// the template's `first()`, `last()` and `index()`), an inverted section sees whether it is
/// empty, the transforms `first`, `last`, `reversed`, `count` and `empty` give what the array's
/// give, and a dotted name (`rows.count`) finds nothing in it, as in an array (the elements are
/// not `Comparable`: there is no `sorted`). A template that reads the list twice makes its
/// elements twice, and an inverted section over a full list makes its first block to see so.
struct LazyTemplateList<Element: Sendable>: MustacheSequence, MustacheTransformable, MustacheParent, Sendable {
    /// How many elements are made together: enough to share between the cores, few enough that
    /// a block's markup is a small part of the page.
    static var blockSize: Int { 256 }

    let count: Int
    private let make: @Sendable (Int) -> Element

    /// The list of `make(0)`, `make(1)`, … `make(count - 1)`.
    init(count: Int, _ make: @escaping @Sendable (Int) -> Element) {
        self.count = Swift.max(count, 0)
        self.make = make
    }

    /// Every element, made at once: for what needs them all (`reversed`).
    var elements: [Element] { ParallelMap.map(Array(0..<count), make) }

    struct Iterator: IteratorProtocol {
        fileprivate let list: LazyTemplateList
        private var position = 0
        private var block: [Element] = []
        private var blockStart = 0

        fileprivate init(list: LazyTemplateList) { self.list = list }

        mutating func next() -> Element? {
            guard position < list.count else { return nil }
            if position - blockStart >= block.count {
                // The block before is released here, before the next one is made.
                block = []
                blockStart = position
                let end = Swift.min(position + LazyTemplateList.blockSize, list.count)
                block = ParallelMap.map(Array(position..<end), list.make)
            }
            defer { position += 1 }
            return block[position - blockStart]
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }

    /// No name is found in the list, as none is in an array (swift-mustache would otherwise
    /// read its stored properties): the template looks further up its context.
    func child(named name: String) -> Any? { nil }

    /// The transforms of `Array`, with the same results.
    func transform(_ name: String) -> Any? {
        switch name {
        case "first": count > 0 ? make(0) : nil
        case "last": count > 0 ? make(count - 1) : nil
        case "reversed": elements.reversed()
        case "count": count
        case "empty": count == 0
        default: nil
        }
    }
}
