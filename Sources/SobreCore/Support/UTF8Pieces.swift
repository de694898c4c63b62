/// A text's UTF-8 bytes handed over in pieces from the text's own storage, so that a page of
/// tens of megabytes (the HTML comparison of 100,000 files) is written without a second copy.
package enum UTF8Pieces {
    /// How many bytes a piece holds: a megabyte.
    package static let size = 1 << 20

    /// Calls `body` with the bytes of `text`, in order, `size` bytes at a time (none for "").
    package static func forEach(of text: String, size: Int = size, _ body: ([UInt8]) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            while start < utf8.count {
                let end = min(start + max(size, 1), utf8.count)
                body(Array(utf8[start..<end]))
                start = end
            }
        }
    }
}
