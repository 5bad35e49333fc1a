namespace EsnHarness.Reporting;

/// <summary>A Gherkin <c>Rule</c> of a feature.</summary>
public sealed record RuleReport(string Name, string Description, IReadOnlyList<string> Tags);
