namespace EsnHarness.Reporting;

/// <summary>
/// The outcome of a scenario (or step). Ordered like Cucumber's statuses so the worst step decides
/// the scenario; <see cref="NotRun"/> means the pickle was compiled but never executed.
/// </summary>
public enum ScenarioStatus
{
    NotRun = 0,
    Passed = 1,
    Skipped = 2,
    Pending = 3,
    Undefined = 4,
    Ambiguous = 5,
    Failed = 6,
}
