namespace EsnHarness.Bdd;

/// <summary>Runs after each scenario whose tags match, whatever its outcome.</summary>
public sealed class AfterScenarioAttribute(string? tags = null) : HookAttribute(tags);
