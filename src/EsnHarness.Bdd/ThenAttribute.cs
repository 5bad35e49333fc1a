namespace EsnHarness.Bdd;

/// <summary>A Then step definition. Like Cucumber, the keyword does not restrict which steps match.</summary>
public sealed class ThenAttribute(string? expression = null) : StepDefinitionBaseAttribute(expression);
