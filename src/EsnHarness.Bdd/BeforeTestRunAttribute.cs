namespace EsnHarness.Bdd;

/// <summary>Runs once before any scenario. Static method.</summary>
public sealed class BeforeTestRunAttribute() : HookAttribute(null);
