namespace EsnHarness.Bdd;

/// <summary>Runs after the last scenario of each feature whose tags match.</summary>
public sealed class AfterFeatureAttribute(string? tags = null) : HookAttribute(tags);
