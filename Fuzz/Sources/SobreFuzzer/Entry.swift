#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver, from `libclang_rt.fuzzer_no_main` (linked by scripts/fuzz.sh).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point. SwiftPM links an executable's `main` to `<module>_main`, so libFuzzer's own
/// `main` cannot be used: this one hands the command line to libFuzzer's driver, with the
/// target named by `SOBRE_FUZZ_TARGET`.
@_cdecl("SobreFuzzer_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard let name = getenv("SOBRE_FUZZ_TARGET").map({ String(cString: $0) }),
          let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FuzzTarget.say("SOBRE_FUZZ_TARGET must name a target: \(names)")
        return 2
    }
    FuzzTarget.selected = target
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        FuzzTarget.selected.run(bytes)
        return 0
    }
}
