namespace EsnHarness.Bdd;

/// <summary>A Given step definition. Like Cucumber, the keyword does not restrict which steps match.</summary>
public sealed class GivenAttribute(string? expression = null) : StepDefinitionBaseAttribute(expression);
