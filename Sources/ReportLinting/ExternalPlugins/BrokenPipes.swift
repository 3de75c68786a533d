import Foundation

/// Whether SIGPIPE is ignored, for a process that writes to children which may exit without reading
/// (a plugin that ignores its stdin, a server job that crashed). The disposition is the process's,
/// not a thread's, so one place decides it:
/// - `ignore()` / `restore()` bracket a plugin run: the first run to start ignores SIGPIPE and the
///   last to finish restores what was there before, so that `reportkit lint | head` still ends
///   quietly as Unix tools do;
/// - `ignoreForGood()` is for a process that must never die of a broken pipe (the server, whose
///   jobs are children): after it, `restore()` leaves SIGPIPE ignored. A plugin run in the same
///   process (the test process runs both at once) used to put the default back under the server.
public enum BrokenPipes {
    /// When to set and put back the disposition (kept apart from the signal calls, so that it can
    /// be tested without changing the test process's own).
    struct Policy {
        private(set) var running = 0
        private(set) var forGood = false

        /// A plugin run starts: whether SIGPIPE is to be ignored now (the first run).
        mutating func runStarts() -> Bool {
            running += 1
            return running == 1
        }

        /// A plugin run ends: whether the disposition from before is to be put back (the last run,
        /// unless the process ignores SIGPIPE for good).
        mutating func runEnds() -> Bool {
            running -= 1
            return running == 0 && !forGood
        }

        mutating func ignoreForGood() { forGood = true }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var policy = Policy()
    nonisolated(unsafe) private static var previous: (@convention(c) (Int32) -> Void)?

    static func ignore() {
        lock.withLock {
            if policy.runStarts() { previous = signal(SIGPIPE, SIG_IGN) }
        }
    }

    static func restore() {
        lock.withLock {
            if policy.runEnds() { signal(SIGPIPE, previous) }
        }
    }

    /// Ignores SIGPIPE for the rest of the process's life.
    public static func ignoreForGood() {
        lock.withLock {
            policy.ignoreForGood()
            signal(SIGPIPE, SIG_IGN)
        }
    }
}
