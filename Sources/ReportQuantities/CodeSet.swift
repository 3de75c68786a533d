/// A set of Basic Multilingual Plane scalar codes as a bitmap: membership is one shift and one load,
/// where an array's `contains` compares with every element (the cue tests run once per Character
/// of every figure's lead).
struct CodeSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    init(_ codes: some Sequence<UInt32>) {
        for code in codes {
            precondition(code < 0x10000, "CodeSet holds BMP codes only")
            bits[Int(code >> 6)] |= 1 << (code & 63)
        }
    }

    @inline(__always) func contains(_ code: UInt32) -> Bool {
        code < 0x10000 && bits[Int(code >> 6)] & (1 << (code & 63)) != 0
    }
}
