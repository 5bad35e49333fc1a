namespace EsnHarness.Reporting;

/// <summary>Presentation options of the living documentation page.</summary>
/// <param name="Title">Page title and heading.</param>
public sealed record LivingDocOptions(string Title = "London ESN requirements: living documentation");
