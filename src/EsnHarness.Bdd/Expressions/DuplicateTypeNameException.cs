namespace EsnHarness.Bdd.Expressions;

/// <summary>A parameter type with the same name is already registered.</summary>
public sealed class DuplicateTypeNameException(string message) : CucumberExpressionException(message);
