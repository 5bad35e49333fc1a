using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// A regular expression step pattern. The whole step text must match. Each top-level capture group is an argument:
/// a registered parameter type whose regexp is the group's source converts it, else the text is converted to the
/// type hint (string by default). Nested groups are the children of their argument's group.
/// </summary>
public sealed class RegularExpression : IExpression
{
    private readonly TreeRegexp _treeRegexp;
    private readonly ParameterTypeRegistry _registry;

    /// <summary>Wraps <paramref name="regex"/>; its options (e.g. IgnoreCase) are kept.</summary>
    public RegularExpression(Regex regex, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _treeRegexp = new TreeRegexp(regex);
    }

    /// <inheritdoc />
    public string Source => _treeRegexp.Regex.ToString();

    /// <inheritdoc />
    public Regex Regex => _treeRegexp.Regex;

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

        var parameterTypes = new List<ParameterType>();
        var hintIndex = 0;
        foreach (var builder in _treeRegexp.GroupBuilder.Children)
        {
            var regexp = builder.Source;
            var hasHint = hintIndex < typeHints.Count;
            var hint = hasHint ? typeHints[hintIndex++] : typeof(string);
            var parameterType = _registry.LookupByRegexp(regexp, Regex, text);

            // A conflicting type hint wins over a registered type, unless that type is the stronger hint.
            if (parameterType is not null && hasHint && !parameterType.UseRegexpMatchAsStrongTypeHint && parameterType.Type != hint)
            {
                parameterType = null;
            }

            parameterType ??= BuiltInParameterTypes.CreateAnonymous(regexp);
            if (parameterType.IsAnonymous)
            {
                var transformer = _registry.DefaultTransformer;
                parameterType = parameterType.DeAnonymize(hint, value => transformer(value, hint));
            }

            parameterTypes.Add(parameterType);
        }

        return ArgumentBuilder.Build(group, parameterTypes);
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}
