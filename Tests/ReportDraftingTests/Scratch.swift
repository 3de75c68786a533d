import Foundation
import Testing
import ReportDrafting
import TestSupport

@Test func scratchDraft() throws {
    let scheme = try SchemeTemplateLoader.load(contentsOf: Repository.root.appendingPathComponent("Templates/chongqing/2023.yml"), displayPath: "2023.yml")
    let data = try DistrictDataLoader.load(contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/data.yml"), displayPath: "data.yml")
    let report = try Drafter(scheme: scheme).draft(data)
    try OutlineDump.outline(report).write(toFile: "/tmp/drafting-outline.txt", atomically: true, encoding: .utf8)
}
