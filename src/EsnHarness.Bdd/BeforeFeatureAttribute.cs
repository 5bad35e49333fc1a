namespace EsnHarness.Bdd;

/// <summary>Runs before the first scenario of each feature whose tags match.</summary>
public sealed class BeforeFeatureAttribute(string? tags = null) : HookAttribute(tags);
