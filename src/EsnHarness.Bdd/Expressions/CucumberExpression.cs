using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// A Cucumber Expression such as <c>I have {int} cucumber(s) in my belly/stomach</c>: text, optional text
/// <c>(s)</c>, alternatives <c>a/b</c>, parameters <c>{name}</c> and escapes <c>\(</c>, compiled to an anchored regex.
/// </summary>
public sealed class CucumberExpression : IExpression
{
    private readonly TreeRegexp _treeRegexp;
    private readonly IReadOnlyList<ParameterType> _parameterTypes;
    private readonly ParameterTypeRegistry _registry;

    /// <summary>Parses and compiles <paramref name="expression"/> with the parameter types of <paramref name="registry"/>.</summary>
    /// <exception cref="CucumberExpressionException">The expression is invalid (the message points at the column).</exception>
    /// <exception cref="UndefinedParameterTypeException">A parameter type is not registered.</exception>
    public CucumberExpression(string expression, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(registry);
        Source = expression;
        _registry = registry;
        var compiler = new ExpressionCompiler(expression, registry);
        var pattern = compiler.Compile(Parser.Parse(expression));
        _parameterTypes = compiler.ParameterTypes;
        _treeRegexp = new TreeRegexp(new Regex(pattern, RegexOptions.CultureInvariant));
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public Regex Regex => _treeRegexp.Regex;

    /// <summary>The parameter types of the expression's parameters, in order.</summary>
    public IReadOnlyList<ParameterType> ParameterTypes => _parameterTypes;

    /// <inheritdoc />
    public IReadOnlyList<Argument>? Match(string text) => Match(text, []);

    /// <inheritdoc />
    public IReadOnlyList<Argument>? Match(string text, IReadOnlyList<Type> typeHints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(typeHints);
        var group = _treeRegexp.Match(text);
        if (group is null)
        {
            return null;
        }

        var parameterTypes = new ParameterType[_parameterTypes.Count];
        for (var i = 0; i < parameterTypes.Length; i++)
        {
            var parameterType = _parameterTypes[i];
            if (parameterType.IsAnonymous)
            {
                var type = i < typeHints.Count ? typeHints[i] : typeof(string);
                var transformer = _registry.DefaultTransformer;
                parameterType = parameterType.DeAnonymize(type, value => transformer(value, type));
            }

            parameterTypes[i] = parameterType;
        }

        return ArgumentBuilder.Build(group, parameterTypes);
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}
