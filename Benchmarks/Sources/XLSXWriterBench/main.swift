// A process to time against CBaseline/xlsx_baseline.c and xlsx_baseline.py with hyperfine: writes the
// same synthetic appendix of N indicator rows (default 100,000) with ReportKit's XLSX writer and prints
// the time spent building the model and writing.
//
// Usage: xlsx-writer-bench OUT.xlsx [rows] [repetitions]
import BenchmarkInputs
import Foundation
import ReportPluginKit
import XLSXWriter

let arguments = CommandLine.arguments
let output = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "bench.xlsx")
let rows = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
let repetitions = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1

func seconds(_ duration: Duration) -> String {
    String(format: "%.3f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
}

let clock = ContinuousClock()
let buildStart = clock.now
let report = SyntheticAppendix.report(rows: rows)
let buildTime = clock.now - buildStart
var writeTimes: [String] = []
for _ in 0..<repetitions {
    try? FileManager.default.removeItem(at: output)
    let start = clock.now
    do {
        try XLSXReportWriter().write(report, to: output, options: WriterOptions(sourceDescription: "appendix.txt"))
    } catch {
        FileHandle.standardError.write(Data("xlsx-writer-bench: \(error)\n".utf8))
        exit(2)
    }
    writeTimes.append(seconds(clock.now - start))
}
print("rows: \(rows)  model: \(seconds(buildTime))  write: \(writeTimes.joined(separator: ", "))")
