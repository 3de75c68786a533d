import ReportModel

/// The calendar facts the date rules need.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days in `month` (1–12); February has 29 when the year is unknown.
    static func days(inMonth month: Int, year: Int?) -> Int {
        switch month {
        case 2: year.map { isLeap($0) ? 29 : 28 } ?? 29
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
