/// Where `Double.write(to:)` puts its text: in 32 bytes of its own, on the stack (the
/// longest a `Double` writes is 24), in an array only past them. Handing each piece on through a
/// stored closure made the closure's context on the heap, for each of a comparison's 140,000
/// fractional numbers.
@usableFromInline struct DigitSink: TextOutputStream {
    @usableFromInline var inline: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    @usableFromInline var count = 0
    /// Every byte so far, once they no longer fit in `inline`; empty until then.
    @usableFromInline var spill: [UInt8] = []

    @inlinable init() {}

    @inlinable mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { append($0) }
    }

    /// ASCII text handed over as bytes (the standard library's way for numbers); the same text
    /// `write(_:)` would receive.
    @inlinable mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        append(buffer)
    }

    @inlinable mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        if spill.isEmpty, count + bytes.count <= MemoryLayout.size(ofValue: inline) {
            let at = count
            withUnsafeMutableBytes(of: &inline) { raw in
                guard let base = raw.baseAddress else { return }
                (base + at).copyMemory(from: from, byteCount: bytes.count)
            }
            count += bytes.count
            return
        }
        if spill.isEmpty {
            let kept = count
            spill = withUnsafeBytes(of: inline) { Array($0.prefix(kept)) }
        }
        spill.append(contentsOf: bytes)
    }

    /// The text written, in one piece.
    @inlinable mutating func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard spill.isEmpty else { return spill.withUnsafeBufferPointer(body) }
        let kept = count
        withUnsafeMutableBytes(of: &inline) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: kept))
        }
    }
}
