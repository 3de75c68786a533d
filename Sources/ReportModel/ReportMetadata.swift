/// A metadata value and where it was written.
public struct MetadataField: Hashable, Sendable, Codable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
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
