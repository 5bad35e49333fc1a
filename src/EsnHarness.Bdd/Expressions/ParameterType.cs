using System.Globalization;
using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// A named parameter type for Cucumber Expressions (<c>{name}</c>): the regexps its text must match and the
/// transformer that turns the captured group values into a <see cref="Type"/>.
/// </summary>
public sealed class ParameterType
{
    private readonly Func<string?[], object?> _transformer;
    private readonly bool _singleValue;

    /// <summary>Creates a parameter type whose transformer receives the values of the regexp's capture groups (or the whole match when it has none).</summary>
    /// <param name="name">The name used between braces; may not contain <c>{ } ( ) \ /</c>.</param>
    /// <param name="regexps">Alternative regexps for the parameter's text.</param>
    /// <param name="type">The type <paramref name="transformer"/> returns (used by snippets).</param>
    /// <param name="transformer">Converts the captured group values.</param>
    /// <param name="useForSnippets">Whether the snippet generator may propose this type.</param>
    /// <param name="preferForRegexpMatch">Wins when a regular expression's group matches the regexp of several types.</param>
    /// <exception cref="CucumberExpressionException">The name contains a reserved character.</exception>
    public ParameterType(
        string name,
        IReadOnlyList<string> regexps,
        Type type,
        Func<string?[], object?> transformer,
        bool useForSnippets = true,
        bool preferForRegexpMatch = false)
        : this(name, regexps, type, transformer, useForSnippets, preferForRegexpMatch, singleValue: false, anonymous: false)
    {
    }

    /// <summary>Creates a parameter type with one regexp whose transformer receives the single matched text.</summary>
    /// <exception cref="CucumberExpressionException">The name contains a reserved character.</exception>
    public ParameterType(
        string name,
        string regexp,
        Type type,
        Func<string?, object?> transformer,
        bool useForSnippets = true,
        bool preferForRegexpMatch = false)
        : this(name, [regexp], type, values => transformer(values[0]), useForSnippets, preferForRegexpMatch, singleValue: true, anonymous: false)
    {
    }

    internal ParameterType(
        string name,
        IReadOnlyList<string> regexps,
        Type type,
        Func<string?[], object?> transformer,
        bool useForSnippets,
        bool preferForRegexpMatch,
        bool singleValue,
        bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(regexps);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(transformer);
        if (!IsValidName(name))
        {
            throw new CucumberExpressionException(
                "Illegal character in parameter name {" + name + "}. Parameter names may not contain '{', '}', '(', ')', '\\' or '/'");
        }

        Name = name;
        Regexps = regexps.ToArray();
        Type = type;
        _transformer = transformer;
        UseForSnippets = useForSnippets;
        PreferForRegexpMatch = preferForRegexpMatch;
        _singleValue = singleValue;
        IsAnonymous = anonymous;
    }

    /// <summary>The name used between braces; empty for the anonymous type <c>{}</c>.</summary>
    public string Name { get; }

    /// <summary>The alternative regexps of the parameter's text.</summary>
    public IReadOnlyList<string> Regexps { get; }

    /// <summary>The type the transformer returns.</summary>
    public Type Type { get; }

    /// <summary>Whether the snippet generator may propose this type.</summary>
    public bool UseForSnippets { get; }

    /// <summary>Whether this type wins when a regular expression's group matches the regexp of several types.</summary>
    public bool PreferForRegexpMatch { get; }

    /// <summary>
    /// When a regular expression step's group matches this type's regexp but the step method expects another type: true
    /// keeps this type's transformer, false converts the text to the expected type instead. Built-ins are false.
    /// </summary>
    public bool UseRegexpMatchAsStrongTypeHint { get; init; } = true;

    /// <summary>Whether this is the anonymous type <c>{}</c> (or an unregistered regex group).</summary>
    public bool IsAnonymous { get; }

    internal int Weight => Type == typeof(int) ? 1000 : 0;

    /// <summary>Creates a parameter type for an enum: its regexp is the alternation of the member names, matched exactly.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <param name="name">The parameter type name; default the enum's name.</param>
    public static ParameterType FromEnum(Type enumType, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (!enumType.IsEnum)
        {
            throw new ArgumentException($"{enumType} is not an enum", nameof(enumType));
        }

        var regexp = string.Join("|", Enum.GetNames(enumType).Select(Regex.Escape));
        return new ParameterType(
            name ?? enumType.Name,
            regexp,
            enumType,
            text => text is null ? null : Enum.Parse(enumType, text, ignoreCase: false));
    }

    /// <summary>Converts captured group values with the transformer.</summary>
    /// <exception cref="CucumberExpressionException">The transformer failed, or a single-value transformer got several groups.</exception>
    public object? Transform(IReadOnlyList<string?> groupValues)
    {
        ArgumentNullException.ThrowIfNull(groupValues);
        if (_singleValue && groupValues.Count > 1)
        {
            var regexpList = "[" + string.Join(", ", Regexps) + "]";
            throw new CucumberExpressionException(IsAnonymous
                ? $"Anonymous ParameterType has multiple capture groups {regexpList}.\nYou can only use a single capture group in an anonymous ParameterType."
                : $"ParameterType {{{Name}}} was registered with a Transformer but has multiple capture groups {regexpList}.\nUse the constructor whose transformer takes every group value (Func<string?[], object?>).");
        }

        try
        {
            return _transformer(groupValues.ToArray());
        }
        catch (CucumberExpressionException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var values = "[" + string.Join(", ", groupValues.Select(value => value ?? "null")) + "]";
            throw new CucumberExpressionException(
                string.Create(CultureInfo.InvariantCulture, $"ParameterType {{{Name}}} failed to transform {values} to {Type}: {exception.Message}"),
                exception);
        }
    }

    internal ParameterType DeAnonymize(Type type, Func<string?, object?> transformer) =>
        new("anonymous", Regexps, type, values => transformer(values[0]), UseForSnippets, PreferForRegexpMatch, singleValue: true, anonymous: true)
        {
            UseRegexpMatchAsStrongTypeHint = UseRegexpMatchAsStrongTypeHint,
        };

    /// <inheritdoc />
    public override string ToString() => "{" + Name + "}";

    private static bool IsValidName(string name) => !ParameterTypeNames.HasIllegalCharacter(name);
}
