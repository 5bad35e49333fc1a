namespace EsnHarness.Bdd;

/// <summary>A step definition for any keyword.</summary>
public sealed class StepDefinitionAttribute(string? expression = null) : StepDefinitionBaseAttribute(expression);
