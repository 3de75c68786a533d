import Foundation

extension ReportService {
    /// Runs one job on an upload and turns every outcome, refusals included, into a `JobResult`.
    /// This is what a child process runs, and what the in-process runner runs.
    public func perform(_ job: Job, on upload: Upload) -> JobResult {
        do throws(ServerError) {
            switch job.operation {
            case .parse:
                return .json(Array(try parse(upload).utf8))
            case .lint:
                return .json(try lintUTF8(upload, scheme: job.scheme))
            case .analyze:
                return .json(try analyzeUTF8(upload, scheme: job.scheme))
            case .render:
                let rendered = try render(upload, to: job.writer ?? "")
                return JobResult(contentType: rendered.contentType, fileName: rendered.fileName, body: Array(rendered.data))
            case .fix:
                let fixed = try fix(upload, scheme: job.scheme)
                let type = (fixed.fileName as NSString).pathExtension == "md" ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8"
                return JobResult(
                    contentType: type, fileName: fixed.fileName,
                    headers: ["X-Fixes-Applied": String(fixed.applied), "X-Fixes-Skipped": String(fixed.skipped)],
                    body: Array(fixed.text.utf8))
            case .export:
                let exported = try export(upload, scheme: job.scheme)
                return JobResult(contentType: exported.contentType, fileName: exported.fileName, body: Array(exported.data))
            case .annotate, .revise:
                let reviewed = try review(upload, scheme: job.scheme, revise: job.operation == .revise)
                return JobResult(
                    contentType: reviewed.contentType, fileName: reviewed.fileName,
                    headers: ["X-Review-Comments": String(reviewed.comments), "X-Review-Revisions": String(reviewed.revisions)],
                    body: Array(reviewed.data))
            }
        } catch {
            return .failure(error)
        }
    }

    /// Refuses a job whose scheme or writer this server does not know, before any work is started.
    func check(_ job: Job) throws(ServerError) {
        if let id = job.scheme, !id.isEmpty, schemes[id] == nil {
            let known = schemes.keys.sorted().joined(separator: "、")
            throw .badRequest("没有名为“\(id)”的评价方案；可用的方案：\(known.isEmpty ? "（无）" : known)")
        }
        if job.operation == .render {
            let id = job.writer ?? ""
            guard registry.writer(id: id) != nil else {
                let known = registry.writers.map(\.id).joined(separator: "、")
                throw .badRequest("没有名为“\(id)”的输出格式；可用的格式：\(known)")
            }
        }
    }
}
