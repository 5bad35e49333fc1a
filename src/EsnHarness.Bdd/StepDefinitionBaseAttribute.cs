namespace EsnHarness.Bdd;

/// <summary>Base of the step definition attributes: a method that runs when a step's text matches <see cref="Expression"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class StepDefinitionBaseAttribute(string? expression) : Attribute
{
    /// <summary>The Cucumber Expression or regular expression; null derives one from the method name as Reqnroll does.</summary>
    public string? Expression { get; } = expression;

    /// <summary>Overrides how <see cref="Expression"/> is read.</summary>
    public ExpressionType ExpressionType { get; set; } = ExpressionType.Auto;

    /// <summary>One-line meaning shown by the step glossary (<c>esn steps</c>).</summary>
    public string? Description { get; set; }

    /// <summary>An example step text shown by the step glossary.</summary>
    public string? Example { get; set; }
}
