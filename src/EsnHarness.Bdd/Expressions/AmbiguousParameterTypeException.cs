using System.Text;
using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// A capture group of a regular expression step has the regexp of several parameter types and none is preferential
/// (<see cref="ParameterType.PreferForRegexpMatch"/>). The message suggests Cucumber Expressions instead.
/// </summary>
public sealed class AmbiguousParameterTypeException : CucumberExpressionException
{
    internal AmbiguousParameterTypeException(
        string parameterTypeRegexp,
        Regex expressionRegex,
        IReadOnlyList<ParameterType> parameterTypes,
        IReadOnlyList<GeneratedExpression> generatedExpressions)
        : base(CreateMessage(parameterTypeRegexp, expressionRegex, parameterTypes, generatedExpressions))
    {
        ParameterTypeRegexp = parameterTypeRegexp;
        Regex = expressionRegex;
        ParameterTypes = parameterTypes;
        GeneratedExpressions = generatedExpressions;
    }

    /// <summary>The regular expression of the step.</summary>
    public Regex Regex { get; }

    /// <summary>The capture group's regexp that several parameter types share.</summary>
    public string ParameterTypeRegexp { get; }

    /// <summary>The candidate parameter types, preferential first, then by name.</summary>
    public IReadOnlyList<ParameterType> ParameterTypes { get; }

    /// <summary>Cucumber Expressions that would match the step text unambiguously.</summary>
    public IReadOnlyList<GeneratedExpression> GeneratedExpressions { get; }

    private static string CreateMessage(
        string parameterTypeRegexp,
        Regex expressionRegex,
        IReadOnlyList<ParameterType> parameterTypes,
        IReadOnlyList<GeneratedExpression> generatedExpressions)
    {
        const string Separator = "\n   ";
        var message = new StringBuilder()
            .Append("Your Regular Expression /").Append(expressionRegex).Append("/\n")
            .Append("matches multiple parameter types with regexp /").Append(parameterTypeRegexp).Append("/:\n")
            .Append("   ").AppendJoin(Separator, parameterTypes.Select(type => "{" + type.Name + "}")).Append('\n')
            .Append('\n')
            .Append("I couldn't decide which one to use. You have two options:\n")
            .Append('\n')
            .Append("1) Use a Cucumber Expression instead of a Regular Expression. Try one of these:\n")
            .Append("   ").AppendJoin(Separator, generatedExpressions.Select(expression => expression.Source)).Append('\n')
            .Append('\n')
            .Append("2) Make one of the parameter types preferential and continue to use a Regular Expression.\n")
            .Append('\n');
        return message.ToString();
    }
}
