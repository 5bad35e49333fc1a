namespace EsnHarness.Bdd;

/// <summary>Runs before each scenario whose tags match.</summary>
public sealed class BeforeScenarioAttribute(string? tags = null) : HookAttribute(tags);
