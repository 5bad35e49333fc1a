namespace EsnHarness.Bdd.Expressions;

/// <summary>A Cucumber Expression uses a parameter type (<c>{name}</c>) that is not registered.</summary>
public sealed class UndefinedParameterTypeException : CucumberExpressionException
{
    /// <summary>Creates the exception for <paramref name="parameterTypeName"/>.</summary>
    public UndefinedParameterTypeException(string message, string parameterTypeName)
        : base(message)
    {
        ParameterTypeName = parameterTypeName;
    }

    /// <summary>The name between the braces, e.g. <c>agency</c> for <c>{agency}</c>.</summary>
    public string ParameterTypeName { get; }
}
