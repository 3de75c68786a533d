import Foundation
import Hummingbird
@testable import ReportServer
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, "the server survives": document work runs in `reportkit serve-job` children, so no
/// upload can end the server; a job past its time is killed, not left running.
@Suite struct ServerSurvivalTests {
    /// The router as `reportkit serve` builds it: each job in a child of the built `reportkit`.
    static func childProcessServer(timeout: Duration = .seconds(10)) -> TestServer {
        let jobs = ChildProcessJobs(
            executable: CommandRunner.executable.path, leadingArguments: ["serve-job"], timeout: timeout)
        return TestServer(ReportServerApp.router(registry: ServerTestSupport.registry, jobs: jobs))
    }

    static func expectStillAnswering(_ client: InProcessClient, after name: String) async throws {
        try await client.execute(uri: "/", method: .get) { response in
            #expect(response.status == .ok, "GET / after \(name)")
        }
        try await client.execute(uri: "/api/lint?name=a.txt", method: .post, body: ByteBuffer(string: "一、基本情况\n　　全区共有学校12所。\n")) {
            response in
            #expect(response.status == .ok, "lint after \(name)")
        }
    }

    @Test func everyCraftedWordFileIsRefusedInChineseAndTheServerGoesOn() async throws {
        let crafted = try CraftedUploads.all()
        try await Self.childProcessServer().test { client in
            for (name, data) in crafted {
                let started = ContinuousClock.now
                // Read (a deep but well-formed document is valid Word), refused in Chinese, or past its
                // time and killed: never a 500, never the end of the server.
                try await client.execute(uri: "/api/lint?name=crafted.docx", method: .post, body: ByteBuffer(data: data)) { response in
                    let code = response.status.code
                    #expect(code == 200 || (400..<500).contains(code) || code == 503, "\(name): \(response.status)")
                    if code != 200 {
                        let message = try ServerTestSupport.json(response.body)["error"] as? String ?? ""
                        #expect(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): \(message)")
                        #expect(!message.contains("Fatal error"), "\(name): \(message)")
                    }
                }
                // The slowest answer is a job killed at its 10 s limit; the child's start-up and reading
                // may be slowed by other tests sharing the two cores.
                #expect(ContinuousClock.now - started < .seconds(60), "\(name): answered in \(ContinuousClock.now - started)")
                try await Self.expectStillAnswering(client, after: name)
            }
        }
    }

    @Test func aValidWordFileStillWorksThroughAChild() async throws {
        let valid = try CraftedUploads.valid()
        try await Self.childProcessServer().test { client in
            try await client.execute(uri: "/api/analyze?name=草稿.docx", method: .post, body: ByteBuffer(data: valid)) { response in
                #expect(response.status == .ok)
                let json = try ServerTestSupport.json(response.body)
                #expect((json["outline"] as? [[String: Any]])?.first?["title"] as? String == "基本情况")
            }
        }
    }

    @Test func aChildThatCrashesGetsAChineseAnswer() async throws {
        let jobs = ChildProcessJobs(executable: "/bin/sh", leadingArguments: ["-c", "kill -SEGV $$", "sh"])
        let result = await jobs.run(Job(operation: .lint, name: "坏.docx"), on: try Upload(data: Data("x".utf8), name: "坏.docx"))
        #expect(result.status == 422)
        #expect(String(decoding: result.body, as: UTF8.self).contains("坏.docx: 处理时意外中止"))
    }

    @Test func aChildPastItsTimeIsKilledNotLeftRunning() async throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("pid").path
        let jobs = ChildProcessJobs(
            executable: "/bin/sh", leadingArguments: ["-c", "echo $$ > '\(pidFile)'; exec sleep 30", "sh"],
            timeout: .milliseconds(500))
        let result = await jobs.run(Job(operation: .lint, name: "a.txt"), on: try Upload(data: Data("正文".utf8), name: "a.txt"))
        // A 503 comes from the time limit only: a child left to sleep its 30 s would end by itself
        // with no result (a 422). How soon this task resumes depends on the other tests sharing the
        // two cores, so the elapsed time is not asserted.
        #expect(result.status == 503)
        #expect(String(decoding: result.body, as: UTF8.self).contains("处理超时"))
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Killed and reaped: no such process any more.
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    @Test func aCancelledRequestKillsItsChild() async throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("pid").path
        let jobs = ChildProcessJobs(executable: "/bin/sh", leadingArguments: ["-c", "echo $$ > '\(pidFile)'; exec sleep 30", "sh"])
        let upload = try Upload(data: Data("正文".utf8), name: "a.txt")
        let task = Task { await jobs.run(Job(operation: .lint, name: "a.txt"), on: upload) }
        var pid: Int32?
        for _ in 0..<100 where pid == nil {
            try await Task.sleep(for: .milliseconds(50))
            pid = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let child = try #require(pid)
        task.cancel()
        let result = await task.value
        #expect(result.status == 503)
        #expect(kill(child, 0) == -1 && errno == ESRCH)
    }

    @Test func aChildIsHeldToItsMemoryBudget() async throws {
        // A small draft is checked in 160 MB of address space; 2.5 MB of text needs more: that child is
        // refused its memory and ends, and the request gets a Chinese answer. The standard budget
        // (1 GB + 64 bytes a byte) checks it.
        let small = try Upload(data: Data("一、基本情况\n　　全区共有中小学校52所。\n".utf8), name: "小.txt")
        let text = String(repeating: "　　全区共有中小学校52所，在校学生12000人，专任教师1000人。\n", count: 30_000)
        let large = try Upload(data: Data(("一、基本情况\n" + text).utf8), name: "大.txt")
        let tight = ChildProcessJobs(
            executable: CommandRunner.executable.path, leadingArguments: ["serve-job"], memory: .init(base: 160 << 20, perUploadByte: 0))
        #expect(await tight.run(Job(operation: .lint, name: small.name), on: small).status == 200)
        let refused = await tight.run(Job(operation: .lint, name: large.name), on: large)
        #expect(refused.status == 422)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("所需内存超出限额"))
        // The standard budget, with time to spare: this checks memory, and a debug build on a busy
        // machine can take longer than the server's 30 s for 2.5 MB (a time-out is tested above).
        let standard = ChildProcessJobs(
            executable: CommandRunner.executable.path, leadingArguments: ["serve-job"], timeout: .seconds(300))
        let checked = await standard.run(Job(operation: .lint, name: large.name), on: large)
        #expect(checked.status == 200, "\(checked.status): \(String(decoding: checked.body.prefix(300), as: UTF8.self))")
    }
}

/// A POST must come from the page: it carries `X-ReportKit: 1`, which a page on another origin
/// cannot send without a CORS preflight, and the server grants none.
@Suite struct PageOriginTests {
    @Test func aPostWithoutThePageHeaderIsRefused() async throws {
        try await ServerTestSupport.server().test(sendsPageHeader: false) { client in
            for endpoint in ["parse", "lint", "analyze", "fix", "render?to=text"] {
                try await client.execute(uri: "/api/\(endpoint)", method: .post, body: ByteBuffer(string: "一、基本情况\n")) { response in
                    #expect(response.status == .forbidden, "\(endpoint)")
                    let message = try ServerTestSupport.json(response.body)["error"] as? String
                    #expect(message?.contains("缺少 X-ReportKit 请求头") == true)
                }
            }
            try await client.execute(uri: "/api/lint", method: .post, headers: [HTTPFields.Element.Name("X-ReportKit")!: "0"],
                                     body: ByteBuffer(string: "一、基本情况\n")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/lint", method: .post, headers: [HTTPFields.Element.Name("X-ReportKit")!: "1"],
                                     body: ByteBuffer(string: "一、基本情况\n")) { response in
                #expect(response.status == .ok)
            }
            // Reading the page and the lists needs no header.
            for uri in ["/", "/api/schemes", "/api/writers"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") }
            }
        }
    }

    @Test func noResponseCarriesACORSHeader() async throws {
        try await ServerTestSupport.server().test { client in
            let requests: [(String, HTTPRequest.Method)] = [
                ("/", .get), ("/api/schemes", .get), ("/api/writers", .get), ("/api/lint", .post), ("/api/lint", .options),
            ]
            for (uri, method) in requests {
                try await client.execute(
                    uri: uri, method: method, headers: [.origin: "https://example.com", HTTPFields.Element.Name("Access-Control-Request-Method")!: "POST"],
                    body: method == .post ? ByteBuffer(string: "一、基本情况\n") : nil
                ) { response in
                    #expect(!response.headers.contains { $0.name.rawName.lowercased().hasPrefix("access-control-") }, "\(method) \(uri)")
                    if method == .options { #expect(response.status.code >= 400) }
                }
            }
        }
    }
}
