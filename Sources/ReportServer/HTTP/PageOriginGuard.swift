import Hummingbird

/// Refuses every POST that lacks the `X-ReportKit: 1` header the page sends. A page on another
/// origin can make a browser send a simple POST (a form, a no-cors fetch) but not one with a custom
/// header without a CORS preflight, which this server never grants (it sends no CORS header at all).
struct PageOriginGuard<Context: RequestContext>: RouterMiddleware {
    static var header: FieldName { FieldName("X-ReportKit")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if request.method == .post, request.headers[Self.header] != "1" {
            throw ServerError.notFromThePage
        }
        return try await next(request, context)
    }
}
