import Hummingbird
import Logging

/// The request context of the server's routes. Besides the one the application makes for each
/// connection, one can be made from a logger alone, so that the router can be driven in-process
/// (tests) without a network client.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public init(logger: Logger) {
        coreContext = .init(source: LoggerSource(logger: logger))
    }

    private struct LoggerSource: RequestContextSource {
        var logger: Logger
    }
}
