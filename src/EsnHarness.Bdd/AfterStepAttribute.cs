namespace EsnHarness.Bdd;

/// <summary>Runs after each step of a matching scenario, whatever its outcome.</summary>
public sealed class AfterStepAttribute(string? tags = null) : HookAttribute(tags);
