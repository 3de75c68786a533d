import Foundation
import ReportModel
import ReportPluginKit
import TestSupport
import XLSXWriter

/// Writes reports with the XLSX writer into fresh temporary folders.
enum Writing {
    static let options = WriterOptions(
        sourceDescription: "临江区自评报告.txt", command: "reportkit render 临江区自评报告.txt --to xlsx -o 附表.xlsx")

    /// Writes `report` and returns the opened package and the file.
    @discardableResult
    static func xlsx(_ report: Report, options: WriterOptions = options, name: String = "附表.xlsx") throws
        -> (package: XLSXPackage, url: URL)
    {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
        try XLSXReportWriter().write(report, to: url, options: options)
        return (try XLSXPackage(url: url), url)
    }
}
