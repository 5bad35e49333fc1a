namespace EsnHarness.Bdd;

/// <summary>Runs once after every scenario, even when scenarios failed. Static method.</summary>
public sealed class AfterTestRunAttribute() : HookAttribute(null);
