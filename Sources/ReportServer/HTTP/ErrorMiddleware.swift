import Hummingbird

/// Turns every failure into a Chinese JSON error: the server's own refusals keep their status,
/// Hummingbird's (404, 405, too large) get a Chinese message, anything else a 500 in Chinese.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return Responses.error(error)
        } catch let error as HTTPResponseError {
            switch error.status {
            case .notFound: return Responses.error(.notFound)
            case .contentTooLarge: return Responses.error(.tooLarge)
            case .methodNotAllowed: return Responses.error(ServerError(status: 405, message: "此接口不支持该请求方法"))
            default:
                return Responses.error(ServerError(status: error.status.code, message: "请求无法处理（\(error.status.code)）"))
            }
        } catch {
            return Responses.error(ServerError(status: 500, message: "服务器内部错误，请重试；若仍失败请联系维护人员"))
        }
    }
}
