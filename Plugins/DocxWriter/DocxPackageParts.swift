/// The fixed parts of the package around the document and the styles: content types,
/// relationships, settings, the fonts, the footer with the page number, and document properties
/// without timestamps (so that the same report always gives the same bytes).
enum DocxPackageParts {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(hasTheme: Bool, pageSetup: PageSetup) -> String {
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = WordXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordML).document.main+xml\"/>"
        xml += "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordML).styles+xml\"/>"
        xml += "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordML).settings+xml\"/>"
        xml += "<Override PartName=\"/word/fontTable.xml\" ContentType=\"\(wordML).fontTable+xml\"/>"
        for part in pageSetup.parts where !part.contentType.isEmpty {
            xml += "<Override PartName=\"/\(part.path)\" ContentType=\"\(part.contentType)\"/>"
        }
        for (extensionName, contentType) in pageSetup.defaultContentTypes {
            xml += "<Default Extension=\"\(extensionName)\" ContentType=\"\(contentType)\"/>"
        }
        if hasTheme {
            xml += "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        }
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    static let packageRelationships = WordXML.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipBase)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipBase)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(hasTheme: Bool, pageSetup: PageSetup) -> String {
        var xml = WordXML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        xml += "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipBase)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rIdSettings\" Type=\"\(relationshipBase)/settings\" Target=\"settings.xml\"/>"
        xml += "<Relationship Id=\"rIdFonts\" Type=\"\(relationshipBase)/fontTable\" Target=\"fontTable.xml\"/>"
        for relationship in pageSetup.relationships {
            xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\" Target=\"\(WordXML.escape(relationship.target))\"/>"
        }
        if hasTheme { xml += "<Relationship Id=\"rIdTheme\" Type=\"\(relationshipBase)/theme\" Target=\"theme/theme1.xml\"/>" }
        return xml + "</Relationships>"
    }

    /// `evenAndOddHeaders` makes Word use the even-page footer (the page number on the left).
    static func settings(evenAndOddHeaders: Bool) -> String {
        WordXML.declaration + "<w:settings \(WordXML.namespaces)>"
            + (evenAndOddHeaders ? "<w:evenAndOddHeaders/>" : "")
            + "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>"
    }

    /// The fonts the styles name, with the families LibreOffice falls back on when one is missing.
    static let fontTable: String = {
        let fonts: [(String, String, String)] = [
            ("Times New Roman", "roman", "00000000"), ("仿宋_GB2312", "modern", "00000001"),
            ("方正小标宋简体", "script", "00000001"), ("黑体", "modern", "00000001"),
            ("楷体_GB2312", "modern", "00000001"), ("宋体", "auto", "00000001"),
        ]
        var xml = WordXML.declaration + "<w:fonts \(WordXML.namespaces)>"
        for (name, family, charset) in fonts {
            xml += "<w:font w:name=\"\(name)\"><w:charset w:val=\"\(charset == "00000001" ? "86" : "00")\"/>"
            xml += "<w:family w:val=\"\(family)\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        return xml + "</w:fonts>"
    }()

    /// The page number as GB/T 9704 writes it (7.5): `— 1 —` in 四号 半角 digits, on the outer side, one
    /// character in from the edge of the type area: right on odd pages, left on even ones.
    static func footer(oddPage: Bool) -> String {
        let pitch = GBT9704Layout.characterPitch
        let indent = oddPage
            ? "<w:ind w:right=\"\(pitch)\" w:rightChars=\"100\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>"
            : "<w:ind w:left=\"\(pitch)\" w:leftChars=\"100\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"
        return WordXML.declaration + "<w:ftr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val=\"\(StyleID.pageNumber)\"/>\(indent)</w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>\(oddPage ? 1 : 2)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
    }

    static func coreProperties(title: String?) -> String {
        var xml = WordXML.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title { xml += "<dc:title>\(WordXML.escape(title))</dc:title>" }
        xml += "<dc:creator>ReportKit</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>"
        return xml
    }

    static let appProperties = WordXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>ReportKit</Application></Properties>"
}
