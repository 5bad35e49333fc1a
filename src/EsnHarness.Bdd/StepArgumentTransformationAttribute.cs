namespace EsnHarness.Bdd;

/// <summary>
/// A method that turns step text (or a DataTable) into a parameter of its return type. With a regex it is also a
/// Cucumber Expression parameter type named <see cref="Name"/> (default: the return type's name in camelCase).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class StepArgumentTransformationAttribute(string? regex = null) : Attribute
{
    /// <summary>The regular expression the argument text must match; null takes any text.</summary>
    public string? Regex { get; } = regex;

    /// <summary>The parameter type name used in Cucumber Expressions, e.g. <c>agency</c> for <c>{agency}</c>.</summary>
    public string? Name { get; set; }
}
