import Foundation
import ReportModel
import ReportPluginKit
import ReportScheme
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child's side of `ChildProcessJobs`: limits itself, reads the upload, runs the job and
/// returns the bytes to write on stdout.
public enum JobChild {
    /// Caps this process's address space at `memoryLimit` bytes (an allocation past it fails and
    /// ends the child, not the server) and lowers its priority, so that the server's own requests
    /// (the page, the scheme list) are answered first while documents are in work.
    public static func limitResources(memoryLimit: Int?) {
        if let memoryLimit, memoryLimit > 0 {
            var limit = rlimit(rlim_cur: rlim_t(memoryLimit), rlim_max: rlim_t(memoryLimit))
            #if canImport(Glibc)
            _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
            #else
            _ = setrlimit(RLIMIT_AS, &limit)
            #endif
        }
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #else
        _ = setpriority(PRIO_PROCESS, 0, 10)
        #endif
    }

    /// Reads at most `Upload.maximumSize` bytes plus one from stdin.
    public static func readInput() -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= Upload.maximumSize {
            let count = read(0, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return data
    }

    /// Runs `job` on `input` and encodes the result (a refusal too) for the server.
    public static func run(_ job: Job, input: Data, registry: PluginRegistry, schemes: [String: EvaluationScheme]) -> [UInt8] {
        let service = ReportService(registry: registry, schemes: schemes)
        do throws(ServerError) {
            let upload = try Upload(data: input, name: job.name)
            return service.perform(job, on: upload).encoded()
        } catch {
            return JobResult.failure(error).encoded()
        }
    }
}
