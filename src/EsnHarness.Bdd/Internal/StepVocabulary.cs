using EsnHarness.Bdd.Expressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Which parameter type each value has been written as: in the steps of this run that matched a definition, and in the
/// definitions' own examples. A snippet for an undefined step uses it to type "PC Patel" as the {user} it is elsewhere,
/// not as the first of several types whose regexps all fit a quoted name.
/// </summary>
internal sealed class StepVocabulary
{
    private static readonly string[] Keywords = ["Given ", "When ", "Then ", "And ", "But ", "* "];
    private readonly Dictionary<string, HashSet<string>> _typesOfValue = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Lazy<bool> _examples;

    public StepVocabulary(IReadOnlyList<StepBinding> bindings)
    {
        _examples = new Lazy<bool>(() =>
        {
            foreach (var binding in bindings.Where(b => b.Attribute.Example is not null))
            {
                if (binding.Expression.Match(StepTextOf(binding.Attribute.Example!)) is { } arguments)
                {
                    Record(arguments);
                }
            }

            return true;
        });
    }

    /// <summary>Notes the values of a matched step's arguments.</summary>
    public void Record(IEnumerable<Argument> arguments)
    {
        lock (_gate)
        {
            foreach (var argument in arguments.Where(a => a.Group.Value is not null && !a.ParameterType.IsAnonymous))
            {
                var value = Normalise(argument.Group.Value!);
                if (!_typesOfValue.TryGetValue(value, out var types))
                {
                    _typesOfValue[value] = types = new HashSet<string>(StringComparer.Ordinal);
                }

                types.Add(argument.ParameterType.Name);
            }
        }
    }

    /// <summary>True when <paramref name="value"/> has been written as <paramref name="parameterType"/> somewhere.</summary>
    public bool Knows(string value, string parameterType)
    {
        _ = _examples.Value;
        lock (_gate)
        {
            return _typesOfValue.TryGetValue(Normalise(value), out var types) && types.Contains(parameterType);
        }
    }

    /// <summary>The step text of a definition's example: its first line (a table may follow) without the keyword.</summary>
    public static string StepTextOf(string example)
    {
        var end = example.IndexOf('\n', StringComparison.Ordinal);
        var text = (end < 0 ? example : example[..end]).Trim();
        var keyword = Keywords.FirstOrDefault(k => text.StartsWith(k, StringComparison.Ordinal));
        return keyword is null ? text : text[keyword.Length..];
    }

    private static string Normalise(string value) => value.Trim().Trim('"', '\'');
}
