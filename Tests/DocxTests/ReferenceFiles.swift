import Foundation
import ReportPluginKit
import ReportReading

extension WriterOptions.ReferenceFile {
    /// A reference document as the command line hands it to a writer: its parts taken out with the
    /// reader's checks.
    static func word(name: String, data: Data) throws -> Self {
        Self(name: name, parts: try WordPackage(data: data, path: name).allParts())
    }
}
