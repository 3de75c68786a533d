import Foundation
@testable import ReportServer
import Testing
import TestSupport

/// Requests are bounded in time, and the command checks its options before starting.
@Suite struct TimeoutTests {
    @Test func slowWorkGetsAChineseTimeout() async throws {
        await #expect(throws: ServerError.timeout) {
            try await Worker.run(timeout: .milliseconds(50)) {
                Thread.sleep(forTimeInterval: 0.5)
                return 1
            }
        }
        #expect(ServerError.timeout.status == 503)
    }

    @Test func fastWorkReturnsItsValue() async throws {
        let value = try await Worker.run(timeout: .seconds(5)) { 42 }
        #expect(value == 42)
    }

    @Test func workErrorsPassThrough() async throws {
        await #expect(throws: ServerError.badRequest("坏")) {
            try await Worker.run(timeout: .seconds(5)) { () throws -> Int in throw ServerError.badRequest("坏") }
        }
    }

    @Test func serveRejectsABadPort() throws {
        let result = try CommandRunner.run(["serve", "--port", "70000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--port 须在 0 到 65535 之间"))
    }
}

/// Binding elsewhere than loopback warns; an address that cannot be bound ends with exit code 2.
@Suite struct ServeCommandTests {
    @Test func nonLoopbackWarnsAndABadAddressFails() throws {
        let result = try CommandRunner.run(["serve", "--host", "256.1.1.1", "--port", "18999"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("警告：正在监听 256.1.1.1，局域网内的其他计算机也能访问"))
        #expect(result.stderr.contains("reportkit: 无法在 256.1.1.1:18999 启动服务"))
        #expect(!result.stderr.contains("已启动"))
    }
}
