namespace EsnHarness.Bdd.Expressions;

/// <summary>One matched parameter: the text it captured and the parameter type that converts it.</summary>
public sealed class Argument
{
    internal Argument(Group group, ParameterType parameterType)
    {
        Group = group;
        ParameterType = parameterType;
    }

    /// <summary>The capture group of the parameter (its children are the parameter type's own groups).</summary>
    public Group Group { get; }

    /// <summary>The parameter type that converts <see cref="Group"/>.</summary>
    public ParameterType ParameterType { get; }

    /// <summary>Converts the captured text with the parameter type's transformer.</summary>
    /// <exception cref="CucumberExpressionException">The transformer failed.</exception>
    public object? GetValue() => ParameterType.Transform(Group.Values);
}
