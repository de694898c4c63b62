/// An array of plain values used as a dictionary or set key, hashed as one block of memory.
///
/// `[UInt8]` and `[UInt32]` hash element by element, through the hasher once per byte or
/// scalar: keying 10,000 paths or site ids so was a tenth of listing and grouping them. Equal
/// arrays have equal bytes, so the hash agrees with `==`: integers only (two equal `Double`s,
/// 0.0 and -0.0, have different bytes).
package struct FlatKey<Element: FixedWidthInteger & Sendable>: Hashable, Sendable {
    package let elements: [Element]

    package init(_ elements: [Element]) { self.elements = elements }

    package func hash(into hasher: inout Hasher) {
        elements.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
