import Testing
@testable import ReportReview

@Suite struct CommentsRegistrationTests {
    @Test func relationshipIsAddedOnceWithAnUnusedID() {
        let rels = "<Relationships xmlns=\"r\"><Relationship Id=\"rIdRK1\" Type=\"t\" Target=\"styles.xml\"/></Relationships>"
        let added = CommentsRegistration.relationships(rels)
        #expect(added.contains("<Relationship Id=\"rIdRK2\" Type=\"\(CommentsRegistration.relationshipType)\" Target=\"comments.xml\"/></Relationships>"))
        #expect(CommentsRegistration.relationships(added) == added)
    }

    @Test func overrideIsAddedOnce() {
        let types = "<Types xmlns=\"c\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
        let added = CommentsRegistration.contentTypes(types)
        #expect(added.hasSuffix("<Override PartName=\"/word/comments.xml\" ContentType=\"\(CommentsRegistration.contentType)\"/></Types>"))
        #expect(CommentsRegistration.contentTypes(added) == added)
    }
}
