namespace EsnHarness.Bdd;

/// <summary>A When step definition. Like Cucumber, the keyword does not restrict which steps match.</summary>
public sealed class WhenAttribute(string? expression = null) : StepDefinitionBaseAttribute(expression);
