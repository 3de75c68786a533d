import Foundation
import ReportReading

/// The Word fixtures made by another program (python-docx, see `Fixtures/make_fixtures.py`).
enum DocxFixtures {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return url
    }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    static func read(_ name: String) throws -> SourceDocument {
        try ReportReader.read(contentsOf: url(name), displayPath: name)
    }
}
