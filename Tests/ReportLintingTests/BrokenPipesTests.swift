import Testing
@testable import ReportLinting

/// The server ignores SIGPIPE for good (its jobs are children that may crash before reading their
/// input); plugin runs ignore it while they run and then put back what was there. In one process
/// running both (the test process does), a plugin that started before the server's first job
/// used to put the default back when it ended, and the next write to a crashed job killed the process.
@Suite struct BrokenPipesTests {
    @Test func aPluginEndingDoesNotUndoTheServersIgnore() {
        var policy = BrokenPipes.Policy()
        let ignoresNow = policy.runStarts()
        policy.ignoreForGood()
        let putsBack = policy.runEnds()
        #expect(ignoresNow)
        #expect(!putsBack)
    }

    @Test func overlappingPluginRunsRestoreOnceTheLastEnds() {
        var policy = BrokenPipes.Policy()
        let answers = [policy.runStarts(), policy.runStarts(), policy.runEnds(), policy.runEnds()]
        #expect(answers == [true, false, false, true])
    }
}
