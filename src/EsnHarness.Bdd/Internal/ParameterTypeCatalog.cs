using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Internal;

/// <summary>The custom parameter types a binding set's step expressions use, each with the values the definitions' examples give it.</summary>
internal static class ParameterTypeCatalog
{
    private const int MaxExamples = 4;

    public static IReadOnlyList<ParameterTypeInfo> Describe(BindingSet bindings)
    {
        var builtIn = BuiltInParameterTypes.Create().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var examples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var step in bindings.Steps.Where(s => s.Attribute.Example is not null))
        {
            foreach (var argument in step.Expression.Match(StepVocabulary.StepTextOf(step.Attribute.Example!)) ?? [])
            {
                if (argument.Group.Value is { } value)
                {
                    if (!examples.TryGetValue(argument.ParameterType.Name, out var values))
                    {
                        examples[argument.ParameterType.Name] = values = [];
                    }

                    if (!values.Contains(value, StringComparer.Ordinal))
                    {
                        values.Add(value);
                    }
                }
            }
        }

        // Only the types a step expression names: an enum a step method takes is registered too, but nobody writes {Agency}.
        var used = bindings.Steps.Where(s => !s.IsRegex).Select(s => s.Expression.Source).ToList();
        return bindings.Registry.ParameterTypes
            .Where(t => !builtIn.Contains(t.Name) && !t.IsAnonymous && used.Any(source => source.Contains("{" + t.Name + "}", StringComparison.Ordinal)))
            .Select(t => new ParameterTypeInfo(t.Name, t.Regexps, SnippetGenerator.TypeName(t.Type), [.. examples.GetValueOrDefault(t.Name, []).Take(MaxExamples)]))
            .ToList();
    }
}
