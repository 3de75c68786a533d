import Foundation

/// The table of contents of a zip archive held in memory, read without trusting any number in it:
/// every offset, size and count is checked against the bytes actually present before it is used,
/// in 64-bit arithmetic that cannot overflow, so a damaged or crafted archive gives a
/// `ZipDirectory.Damage` and never a trap or an allocation sized by the file.
///
/// Handles what Word, WPS and LibreOffice write: stored and deflated entries, data descriptors,
/// zip64 sizes and offsets. Multi-disk archives are treated as damaged.
struct ZipDirectory {
    /// One file of the archive, as the central directory describes it (zip64 values applied).
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64

        var isEncrypted: Bool { flags & 0x0001 != 0 }
    }

    /// Why an archive cannot be read, in words for the end of "文件已损坏：…".
    struct Damage: Error, Equatable {
        var reason: String
    }

    let data: Data
    private(set) var entries: [String: Entry] = [:]

    private static let endRecordSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64RecordSignature: UInt32 = 0x0606_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let endRecordSize = 22
    private static let centralHeaderSize = 46
    private static let localHeaderSize = 30

    init(_ data: Data) throws(Damage) {
        self.data = data
        let bytes = ByteReader(data)
        let end = try Self.findEndRecord(bytes)
        guard bytes.u16(end + 4) == 0, bytes.u16(end + 6) == 0 else {
            throw Damage(reason: "压缩包是分卷压缩的一部分，不完整")
        }
        var count = UInt64(bytes.u16(end + 10) ?? 0)
        var size = UInt64(bytes.u32(end + 12) ?? 0)
        var offset = UInt64(bytes.u32(end + 16) ?? 0)
        var directoryLimit = UInt64(end)
        if end >= 20, bytes.u32(end - 20) == Self.zip64LocatorSignature {
            let record = try Self.zip64Record(bytes, locator: end - 20)
            (count, size, offset) = (record.count, record.size, record.offset)
            directoryLimit = record.start
        }
        guard offset <= directoryLimit, size <= directoryLimit - offset else {
            throw Damage(reason: "压缩包目录的位置超出了文件范围（文件可能被截断或中间缺了一段）")
        }
        guard count <= size / UInt64(Self.centralHeaderSize) else {
            throw Damage(reason: "压缩包目录记录的文件数与目录大小不符")
        }
        var position = Int(offset)
        let directoryEnd = Int(offset + size)
        for _ in 0..<count {
            let entry = try Self.centralEntry(bytes, at: &position, end: directoryEnd)
            if entries[entry.name] == nil { entries[entry.name] = entry }
        }
    }

    /// The entry named `name`, or failing that the one whose name differs only in ASCII case (OPC
    /// part names are case-insensitive).
    func entry(_ name: String) -> Entry? {
        if let entry = entries[name] { return entry }
        let lowered = name.lowercased()
        return entries.first { $0.key.lowercased() == lowered }?.value
    }

    /// The byte range of `entry`'s stored (possibly compressed) data, checked against its local header.
    func dataRange(of entry: Entry) throws(Damage) -> Range<Int> {
        let bytes = ByteReader(data)
        guard entry.localHeaderOffset <= UInt64(data.count) else {
            throw Damage(reason: "\(entry.name) 的位置超出了文件范围")
        }
        let header = Int(entry.localHeaderOffset)
        guard bytes.u32(header) == Self.localHeaderSignature,
              let nameLength = bytes.u16(header + 26), let extraLength = bytes.u16(header + 28)
        else {
            throw Damage(reason: "\(entry.name) 的文件头缺失或已被改写")
        }
        let start = UInt64(header) + UInt64(Self.localHeaderSize) + UInt64(nameLength) + UInt64(extraLength)
        guard start <= UInt64(data.count), entry.compressedSize <= UInt64(data.count) - start else {
            throw Damage(reason: "\(entry.name) 的压缩数据不完整（文件在中途被截断）")
        }
        return Int(start)..<Int(start + entry.compressedSize)
    }

    // MARK: - Reading the records

    /// The end-of-central-directory record: searched backwards over the last 64 KB (its comment
    /// may be up to 65,535 bytes), the last one whose comment fits in the file.
    private static func findEndRecord(_ bytes: ByteReader) throws(Damage) -> Int {
        let count = bytes.count
        guard count >= endRecordSize else { throw Damage(reason: "文件太短，不是完整的压缩包") }
        let lowest = max(0, count - endRecordSize - 0xFFFF)
        var candidate = count - endRecordSize
        while candidate >= lowest {
            if bytes.u32(candidate) == endRecordSignature,
               let commentLength = bytes.u16(candidate + 20),
               candidate + endRecordSize + Int(commentLength) <= count
            {
                return candidate
            }
            candidate -= 1
        }
        throw Damage(reason: "找不到压缩包的目录（文件不完整，可能在传输中被截断）")
    }

    private static func zip64Record(_ bytes: ByteReader, locator: Int) throws(Damage)
        -> (count: UInt64, size: UInt64, offset: UInt64, start: UInt64)
    {
        guard let recordOffset = bytes.u64(locator + 8), recordOffset <= UInt64(locator),
              UInt64(locator) - recordOffset >= 56
        else {
            throw Damage(reason: "压缩包的 zip64 目录位置超出了文件范围")
        }
        let start = Int(recordOffset)
        guard bytes.u32(start) == zip64RecordSignature, let count = bytes.u64(start + 32),
              let size = bytes.u64(start + 40), let offset = bytes.u64(start + 48)
        else {
            throw Damage(reason: "压缩包的 zip64 目录缺失或已被改写")
        }
        guard bytes.u32(start + 16) == 0, bytes.u32(start + 20) == 0 else {
            throw Damage(reason: "压缩包是分卷压缩的一部分，不完整")
        }
        return (count, size, offset, recordOffset)
    }

    private static func centralEntry(_ bytes: ByteReader, at position: inout Int, end: Int) throws(Damage) -> Entry {
        let base = position
        guard base <= end - centralHeaderSize, bytes.u32(base) == centralHeaderSignature,
              let flags = bytes.u16(base + 8), let method = bytes.u16(base + 10), let crc = bytes.u32(base + 16),
              let compressed = bytes.u32(base + 20), let uncompressed = bytes.u32(base + 24),
              let nameLength = bytes.u16(base + 28), let extraLength = bytes.u16(base + 30),
              let commentLength = bytes.u16(base + 32), let localOffset = bytes.u32(base + 42)
        else {
            throw Damage(reason: "压缩包目录中的记录已损坏")
        }
        let nameStart = base + centralHeaderSize
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= end else { throw Damage(reason: "压缩包目录中的记录超出了目录范围") }
        let name = String(decoding: bytes.data[(bytes.start + nameStart)..<(bytes.start + extraStart)], as: UTF8.self)
        var entry = Entry(
            name: name, method: method, flags: flags, crc32: crc, compressedSize: UInt64(compressed),
            uncompressedSize: UInt64(uncompressed), localHeaderOffset: UInt64(localOffset))
        if uncompressed == .max || compressed == .max || localOffset == .max {
            try applyZip64(bytes, extra: extraStart..<(extraStart + Int(extraLength)), to: &entry,
                           wide: (uncompressed == .max, compressed == .max, localOffset == .max))
        }
        position = next
        return entry
    }

    /// Replaces the 32-bit fields that hold 0xFFFFFFFF by the values of the zip64 extra field, which
    /// lists only those fields, in this order.
    private static func applyZip64(_ bytes: ByteReader, extra: Range<Int>, to entry: inout Entry,
                                   wide: (uncompressed: Bool, compressed: Bool, offset: Bool)) throws(Damage)
    {
        var position = extra.lowerBound
        while position + 4 <= extra.upperBound, let id = bytes.u16(position), let length = bytes.u16(position + 2) {
            let body = position + 4
            guard body + Int(length) <= extra.upperBound else { break }
            if id == 0x0001 {
                var field = body
                func next() throws(Damage) -> UInt64 {
                    guard field + 8 <= body + Int(length), let value = bytes.u64(field) else {
                        throw Damage(reason: "\(entry.name) 的 zip64 大小记录不完整")
                    }
                    field += 8
                    return value
                }
                if wide.uncompressed { entry.uncompressedSize = try next() }
                if wide.compressed { entry.compressedSize = try next() }
                if wide.offset { entry.localHeaderOffset = try next() }
                return
            }
            position = body + Int(length)
        }
        throw Damage(reason: "\(entry.name) 缺少 zip64 大小记录")
    }
}

/// Little-endian reads that return nil past the end instead of trapping.
struct ByteReader {
    let data: Data
    let start: Int
    let count: Int

    init(_ data: Data) {
        self.data = data
        start = data.startIndex
        count = data.count
    }

    func u16(_ offset: Int) -> UInt16? { value(offset, width: 2).map(UInt16.init) }
    func u32(_ offset: Int) -> UInt32? { value(offset, width: 4).map(UInt32.init) }
    func u64(_ offset: Int) -> UInt64? { value(offset, width: 8) }

    private func value(_ offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, offset <= count - width else { return nil }
        var result: UInt64 = 0
        for index in stride(from: width - 1, through: 0, by: -1) {
            result = result << 8 | UInt64(data[start + offset + index])
        }
        return result
    }
}
