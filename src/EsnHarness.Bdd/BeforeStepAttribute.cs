namespace EsnHarness.Bdd;

/// <summary>Runs before each step of a matching scenario.</summary>
public sealed class BeforeStepAttribute(string? tags = null) : HookAttribute(tags);
