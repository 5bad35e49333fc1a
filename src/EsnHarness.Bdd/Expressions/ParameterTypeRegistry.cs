using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// The parameter types known to a run: the built-ins <c>{int} {long} {byte} {short} {float} {double} {decimal}
/// {biginteger} {bigdecimal} {string} {word} {}</c> (numbers read with the invariant culture) and those defined with
/// <see cref="Define"/>. Not thread-safe while types are being defined; safe to read concurrently afterwards.
/// </summary>
public sealed class ParameterTypeRegistry
{
    private readonly Dictionary<string, ParameterType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ParameterType>> _byRegexp = new(StringComparer.Ordinal);

    /// <summary>Creates a registry holding the built-in parameter types.</summary>
    public ParameterTypeRegistry()
    {
        foreach (var parameterType in BuiltInParameterTypes.Create())
        {
            Define(parameterType);
        }
    }

    /// <summary>
    /// Converts the text of an anonymous parameter (<c>{}</c> or an unregistered regex group) to the type the step
    /// method expects. Defaults to the built-in conversions (numbers, bool, enums, Guid, anything with a TypeConverter).
    /// </summary>
    public Func<string?, Type, object?> DefaultTransformer { get; set; } = BuiltInTransformer.Transform;

    /// <summary>Every registered parameter type, in definition order.</summary>
    public IReadOnlyCollection<ParameterType> ParameterTypes => _byName.Values;

    /// <summary>Registers a parameter type.</summary>
    /// <exception cref="DuplicateTypeNameException">A type with this name exists.</exception>
    /// <exception cref="CucumberExpressionException">Another preferential type has one of the same regexps.</exception>
    public void Define(ParameterType parameterType)
    {
        ArgumentNullException.ThrowIfNull(parameterType);
        if (_byName.ContainsKey(parameterType.Name))
        {
            throw new DuplicateTypeNameException(parameterType.Name.Length == 0
                ? "The anonymous parameter type has already been defined"
                : "There is already a parameter type with name " + parameterType.Name);
        }

        foreach (var regexp in parameterType.Regexps)
        {
            if (_byRegexp.TryGetValue(regexp, out var existing) && existing.Count > 0
                && existing[0].PreferForRegexpMatch && parameterType.PreferForRegexpMatch)
            {
                throw new CucumberExpressionException(
                    "There can only be one preferential parameter type per regexp. The regexp /" + regexp
                    + "/ is used for two preferential parameter types, {" + existing[0].Name + "} and {" + parameterType.Name + "}");
            }
        }

        _byName.Add(parameterType.Name, parameterType);
        foreach (var regexp in parameterType.Regexps)
        {
            if (!_byRegexp.TryGetValue(regexp, out var types))
            {
                types = [];
                _byRegexp.Add(regexp, types);
            }

            if (!types.Contains(parameterType))
            {
                types.Add(parameterType);
                types.Sort(ParameterTypeOrder.Instance);
            }
        }
    }

    /// <summary>The parameter type with this name (empty string for <c>{}</c>), or null.</summary>
    public ParameterType? LookupByTypeName(string typeName) =>
        _byName.TryGetValue(typeName, out var parameterType) ? parameterType : null;

    /// <summary>
    /// The parameter type whose regexp is exactly <paramref name="parameterTypeRegexp"/> (a capture group's source in a
    /// regular expression step), or null. Of several, the preferential one wins.
    /// </summary>
    /// <param name="parameterTypeRegexp">The capture group's source.</param>
    /// <param name="expressionRegex">The step's regular expression (for the error message).</param>
    /// <param name="text">The step text (to suggest Cucumber Expressions in the error message).</param>
    /// <exception cref="AmbiguousParameterTypeException">Several types have the regexp and none is preferential.</exception>
    public ParameterType? LookupByRegexp(string parameterTypeRegexp, Regex expressionRegex, string text)
    {
        if (!_byRegexp.TryGetValue(parameterTypeRegexp, out var types) || types.Count == 0)
        {
            return null;
        }

        if (types.Count > 1 && !types[0].PreferForRegexpMatch)
        {
            var generated = new CucumberExpressionGenerator(this).GenerateExpressions(text);
            throw new AmbiguousParameterTypeException(parameterTypeRegexp, expressionRegex, types.ToArray(), generated);
        }

        return types[0];
    }
}
