import Foundation
import Hummingbird
import Testing
import TestSupport

/// On real drafts the API gives exactly what the command line gives.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage)) struct SeedTests {
    @Test(arguments: ["001", "002"]) func lintJSONMatchesTheCLI(seed: String) async throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: Seeds.url(seed))
        try data.write(to: folder.appendingPathComponent("seed.txt"))
        let cli = try CommandRunner.run(["lint", "--format", "json", "seed.txt"], in: folder)
        #expect(cli.status == 1 || cli.status == 0)
        #expect(cli.stdout.contains("\"diagnostics\""))
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/lint?name=seed.txt", method: .post, body: ByteBuffer(data: data)) { response in
                #expect(response.status == .ok)
                #expect(ServerTestSupport.text(response.body) == cli.stdout)
            }
        }
    }
}
