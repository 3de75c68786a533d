/// A metadata value and where it was written.
public struct MetadataField: Hashable, Sendable, Codable {
    /// The value: `市教委、市政府教育督导室` for the 主送机关 line `市教委、市政府教育督导室：`.
    public var text: String
    /// The field exactly as written, with its source map: the 主送机关's colon included, a title
    /// wrapped over two lines mapped line by line. Rules that check punctuation read this.
    public var written: TextSpan

    public init(text: String, written: TextSpan) {
        self.text = text
        self.written = written
    }

    /// A field written on one line starting at `range.start`, exactly as `text`.
    public init(text: String, range: SourceRange) {
        self.init(text: text, written: TextSpan(text: text, line: range.start.line, column: range.start.column))
    }

    public var range: SourceRange { written.range }
}

/// The document's formal fields, in GB/T 9704 order.
public struct ReportMetadata: Hashable, Sendable, Codable {
    /// 发文字号, e.g. `荣昌府办函〔2023〕40号`.
    public var documentNumber: MetadataField?
    /// The title, joined when it is broken over lines.
    public var title: MetadataField?
    /// 主送机关, the line ending in a colon, as written (colon excluded).
    public var recipients: MetadataField?
    /// 发文机关署名 at the end.
    public var issuer: MetadataField?
    /// 成文日期 at the end, as written.
    public var date: MetadataField?
    /// The district or county, read from the title or the issuer (`渝北区`).
    public var district: String?
    /// The year the report covers, read from the title (`2022年履行教育职责…` gives 2022).
    public var year: Int?

    public init(
        documentNumber: MetadataField? = nil, title: MetadataField? = nil, recipients: MetadataField? = nil,
        issuer: MetadataField? = nil, date: MetadataField? = nil, district: String? = nil, year: Int? = nil
    ) {
        self.documentNumber = documentNumber
        self.title = title
        self.recipients = recipients
        self.issuer = issuer
        self.date = date
        self.district = district
        self.year = year
    }
}

extension ReportMetadata {
    /// The 成文日期 as numbers when it is written with Arabic digits (`2023年10月30日`), else nil.
    public var dateComponents: (year: Int, month: Int, day: Int)? {
        guard let text = date?.text.applyingHalfWidthDigits() else { return nil }
        let parts = text.split { $0 == "年" || $0 == "月" || $0 == "日" }.map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}

extension ReportMetadata {
    /// The date the report speaks from, for telling past periods from future ones: the 成文日期; when
    /// that is written but not a real date (`2023年10月32日`), its year and month; without one, the end
    /// of the year the title names. Nil when the report gives none of these (then lint uses today).
    public var referenceDate: (year: Int, month: Int, day: Int)? {
        if let dateComponents { return dateComponents }
        if let text = date?.text.applyingHalfWidthDigits(), let yearEnd = text.firstIndex(of: "年"),
           let year = Int(text[..<yearEnd]), (1900...2099).contains(year) {
            let rest = text[text.index(after: yearEnd)...]
            if let monthEnd = rest.firstIndex(of: "月"), let month = Int(rest[..<monthEnd]), (1...12).contains(month) {
                return (year, month, 1)
            }
            return (year, 12, 31)
        }
        return year.map { ($0, 12, 31) }
    }
}
