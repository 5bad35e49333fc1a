namespace EsnHarness.Reporting;

/// <summary>How <see cref="JUnitReportWriter"/> maps Cucumber results onto JUnit.</summary>
/// <param name="SuitesName">The <c>name</c> of the root <c>testsuites</c> element.</param>
/// <param name="TreatPendingAsFailure">
/// When true, pending and undefined scenarios become failures (strict CI); otherwise they are skipped.
/// </param>
/// <param name="IncludeStepLog">When true, each test case carries its steps and statuses in <c>system-out</c>.</param>
public sealed record JUnitOptions(string SuitesName = "EsnHarness", bool TreatPendingAsFailure = false, bool IncludeStepLog = true);
