/// Drafting takes and returns the scheme's types (`EvaluationScheme`, `DraftingError`), so a client
/// that imports `ReportDrafting` sees them without importing `ReportScheme` as well.
@_exported import ReportScheme
