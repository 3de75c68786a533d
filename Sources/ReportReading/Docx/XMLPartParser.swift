import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `XMLParser` over one part of a package with the guards every part needs, whoever the
/// delegate is:
/// - a part with a DTD (`<!DOCTYPE`) is refused before parsing: OOXML forbids DTDs (ECMA-376
///   Part 2, M1.17), and only a DTD can declare the entities of an expansion attack;
/// - the part is fed to libxml2 in chunks from a stream, so that a part over 10 MB is not called
///   "huge input" (libxml2 refuses a single chunk of more than 10,000,000 bytes);
/// - element depth is bounded (`DocxLimits.elementDepth`), so that nothing downstream can recurse
///   on untrusted depth;
/// - the text and attribute values delivered may not outgrow the part (which only entity expansion
///   can make them do).
enum XMLPartParser {
    /// Parses `data` into `delegate`; `isComplete` says whether the delegate saw the whole document
    /// (libxml2 in recovery mode reports no error for a part cut short).
    static func parse(_ data: Data, into delegate: XMLParserDelegate, isComplete: () -> Bool) throws(XMLPartError) {
        if let offset = doctypeOffset(in: data) {
            throw XMLPartError(line: lineNumber(at: offset, in: data), reason: .doctype)
        }
        let guarded = GuardedDelegate(delegate, textBudget: 2 * data.count + 65_536)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = guarded
        let finished = parser.parse()
        if let refusal = guarded.refusal { throw refusal }
        guard finished, parser.parserError == nil, isComplete() else {
            throw XMLPartError(parser: parser)
        }
    }

    /// Where a `<!DOCTYPE` starts, written in UTF-8 or UTF-16 of either byte order (the encodings
    /// OOXML allows): after a `<`, either `!DOCTYPE` or the same letters each behind a zero byte.
    static func doctypeOffset(in data: Data) -> Int? {
        let keyword = Array("!DOCTYPE".utf8)
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            let count = buffer.count
            var index = 0
            while index < count, let hit = memchr(bytes + index, 0x3C, count - index) {
                let position = base.distance(to: UnsafeRawPointer(hit))
                let narrow = position + keyword.count < count
                    && keyword.indices.allSatisfy { bytes[position + 1 + $0] == keyword[$0] }
                let wide = position + 2 * keyword.count < count
                    && keyword.indices.allSatisfy { bytes[position + 1 + 2 * $0] == 0 && bytes[position + 2 + 2 * $0] == keyword[$0] }
                if narrow || wide { return position }
                index = position + 1
            }
            return nil
        }
    }

    /// The 1-based line of byte `offset` (counting LF bytes, which also counts UTF-16 line feeds).
    static func lineNumber(at offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

/// Why a part could not be parsed: where, and what is wrong, said in Chinese.
struct XMLPartError: Error, Equatable {
    enum Reason: Equatable {
        /// libxml2 stopped with this error code.
        case syntax(code: Int)
        /// The part ended before its root element closed.
        case incomplete
        /// The part declares a DTD.
        case doctype
        /// Elements nested deeper than `DocxLimits.elementDepth`.
        case tooDeep
        /// Text grew past the size of the part: entities being expanded.
        case expansion
    }

    var line: Int
    var reason: Reason

    init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// The error of a parser that ran without `XMLPartParser` (prefer `XMLPartParser.parse`, which
    /// adds the guards): its error code, or `.incomplete` when it reported none.
    init(parser: XMLParser) {
        let code = (parser.parserError as NSError?)?.code
        self.init(line: max(parser.lineNumber, 1), reason: code.map { Reason.syntax(code: $0) } ?? .incomplete)
    }

    /// The Chinese sentence for `part` (`word/styles.xml 第 3 行的 XML 格式有误（…），文件可能已损坏`).
    func detail(part: String, document: String = "Word 文档") -> String {
        let place = "\(part) 第 \(line) 行"
        switch reason {
        case .syntax(let code):
            return "\(place)的 XML 格式有误（\(Self.phrase(code))），文件可能已损坏"
        case .incomplete:
            return "\(place)的 XML 格式有误（内容不完整，提前结束），文件可能已损坏"
        case .doctype:
            return "\(place)含有 DTD 声明（<!DOCTYPE>），\(document)不允许，可能是恶意构造的文件，已拒绝读取"
        case .tooDeep:
            return "\(place)的元素嵌套超过 \(DocxLimits.elementDepth) 层，文件可能已损坏或是恶意构造的，已拒绝读取"
        case .expansion:
            return "\(place)的实体展开后内容远大于文件本身，可能是恶意构造的文件，已拒绝读取"
        }
    }

    /// A Chinese phrase for a libxml2 error code (`xmlParserErrors`); codes are never shown raw.
    static func phrase(_ code: Int) -> String {
        switch code {
        case 1: return "内容超出解析器的限制"
        case 2: return "内存不足"
        case 3: return "文档开头不是有效的 XML"
        case 4: return "文档是空的或缺少根元素"
        case 5, 86: return "根元素结束后还有多余内容"
        case 6, 7, 8: return "字符引用无效"
        case 9: return "含有无效字符"
        case 10...21: return "引用出现在不允许的位置"
        case 22...25: return "实体引用不完整（& 后缺少名称或分号）"
        case 26, 27: return "引用了未定义的实体"
        case 28, 29, 30: return "引用了不允许的实体"
        case 31, 32, 79, 81: return "使用了不支持或无效的字符编码"
        case 33, 34, 40...44: return "属性值的引号不完整"
        case 35, 200...205: return "命名空间声明有误"
        case 36, 37: return "实体定义不完整"
        case 38: return "属性值中含有“<”"
        case 39, 41: return "属性写法有误"
        case 42: return "同一元素的属性重复"
        case 45: return "注释没有结束"
        case 46, 47: return "处理指令没有结束"
        case 48...61, 83, 84, 95: return "文档类型声明有误"
        case 62: return "CDATA 结束标记的位置不正确"
        case 63: return "CDATA 段没有结束"
        case 64, 78, 96, 108, 109: return "XML 声明有误"
        case 65, 66, 67, 69...72: return "标签或属性的写法有误"
        case 68: return "标签名无效或缺失"
        case 73: return "标签缺少结束符“>”"
        case 74: return "缺少结束标签"
        case 75: return "属性缺少等号"
        case 76: return "开始标签与结束标签不匹配"
        case 77: return "标签没有结束，内容提前结束"
        case 80: return "注释中含有“--”"
        case 85: return "标签没有正确嵌套"
        case 87...90, 104: return "实体展开有误，可能是恶意构造的文件"
        case 91, 92: return "URI 有误"
        case 110: return "名称过长"
        case 111, 512: return "解析被中止"
        default: return "XML 格式有误"
        }
    }
}

/// Forwards the content callbacks to the reader's delegate while enforcing the depth and text
/// bounds; on a breach it stops the parser and records why.
private final class GuardedDelegate: NSObject, XMLParserDelegate {
    private let inner: XMLParserDelegate
    private var depth = 0
    private var textBudget: Int
    private(set) var refusal: XMLPartError?

    init(_ inner: XMLParserDelegate, textBudget: Int) {
        self.inner = inner
        self.textBudget = textBudget
    }

    private func refuse(_ parser: XMLParser, _ reason: XMLPartError.Reason) {
        guard refusal == nil else { return }
        refusal = XMLPartError(line: max(parser.lineNumber, 1), reason: reason)
        parser.abortParsing()
    }

    /// Counts `bytes` of delivered text against the budget; false once it is spent.
    private func spend(_ parser: XMLParser, _ bytes: Int) -> Bool {
        textBudget -= bytes
        if textBudget < 0 { refuse(parser, .expansion) }
        return refusal == nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard refusal == nil else { return }
        depth += 1
        guard depth <= DocxLimits.elementDepth else { return refuse(parser, .tooDeep) }
        var attributeBytes = 0
        for value in attributeDict.values { attributeBytes += value.utf8.count }
        guard spend(parser, attributeBytes) else { return }
        #if canImport(FoundationXML)
        inner.parser(parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName,
                     attributes: attributeDict)
        #else
        inner.parser?(parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName,
                      attributes: attributeDict)
        #endif
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard refusal == nil else { return }
        depth -= 1
        #if canImport(FoundationXML)
        inner.parser(parser, didEndElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName)
        #else
        inner.parser?(parser, didEndElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName)
        #endif
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard refusal == nil, spend(parser, string.utf8.count) else { return }
        #if canImport(FoundationXML)
        inner.parser(parser, foundCharacters: string)
        #else
        inner.parser?(parser, foundCharacters: string)
        #endif
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        guard refusal == nil, spend(parser, whitespaceString.utf8.count) else { return }
        #if canImport(FoundationXML)
        inner.parser(parser, foundIgnorableWhitespace: whitespaceString)
        #else
        inner.parser?(parser, foundIgnorableWhitespace: whitespaceString)
        #endif
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard refusal == nil, spend(parser, CDATABlock.count) else { return }
        #if canImport(FoundationXML)
        inner.parser(parser, foundCDATA: CDATABlock)
        #else
        inner.parser?(parser, foundCDATA: CDATABlock)
        #endif
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        #if canImport(FoundationXML)
        inner.parser(parser, parseErrorOccurred: parseError)
        #else
        inner.parser?(parser, parseErrorOccurred: parseError)
        #endif
    }
}
