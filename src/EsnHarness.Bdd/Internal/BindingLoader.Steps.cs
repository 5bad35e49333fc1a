using System.Reflection;
using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

internal sealed partial class BindingLoader
{
    private List<StepBinding> LoadSteps(List<MethodInfo> methods, ParameterTypeRegistry registry, List<TransformBinding> transforms)
    {
        var steps = new List<StepBinding>();
        var seen = new HashSet<(MethodInfo, string, bool)>();
        foreach (var method in methods)
        {
            foreach (var attribute in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
            {
                var source = attribute.Expression ?? ExpressionFromMethodName(method.Name);
                var isRegex = ExpressionFactory.IsRegex(source, attribute.ExpressionType);
                if (!seen.Add((method, source, isRegex)))
                {
                    continue;
                }

                var expression = Compile(method, source, isRegex, registry);
                var argumentCount = ExpressionFactory.CountTopLevelGroups(expression.Regex.ToString());
                CheckSignature(method, source, argumentCount, registry, transforms);
                var id = ids.GetNewId();
                steps.Add(new StepBinding(id, method, expression, isRegex, argumentCount, attribute));
                var pattern = new Messages.StepDefinitionPattern(source, isRegex ? Messages.StepDefinitionPatternType.REGULAR_EXPRESSION : Messages.StepDefinitionPatternType.CUCUMBER_EXPRESSION);
                _definitions.Add((method, Messages.Envelope.Create(new Messages.StepDefinition(id, pattern, SourceOf(method)))));
            }
        }

        return steps;
    }

    private static IExpression Compile(MethodInfo method, string source, bool isRegex, ParameterTypeRegistry registry)
    {
        try
        {
            return ExpressionFactory.Create(source, isRegex, registry);
        }
        catch (UndefinedParameterTypeException ex)
        {
            throw new BddConfigurationException($"{MethodNames.Describe(method)}: unknown parameter type {{{ex.ParameterTypeName}}} in step expression '{source}'; define it with [StepArgumentTransformation(regex, Name = \"{ex.ParameterTypeName}\")]", ex);
        }
        catch (CucumberExpressionException ex)
        {
            throw new BddConfigurationException($"{MethodNames.Describe(method)}: invalid Cucumber Expression '{source}': {FirstLine(ex.Message)}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new BddConfigurationException($"{MethodNames.Describe(method)}: invalid regular expression '{source}': {ex.Message}", ex);
        }
    }

    private static void CheckSignature(MethodInfo method, string source, int argumentCount, ParameterTypeRegistry registry, List<TransformBinding> transforms)
    {
        var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToList();
        if (parameters.Count != argumentCount && parameters.Count != argumentCount + 1)
        {
            throw new BddConfigurationException($"{MethodNames.Describe(method)}: takes {Plural.Of(parameters.Count, "parameter")} but its expression '{source}' captures {argumentCount} (plus an optional DataTable or DocString last)");
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var type = parameters[i].ParameterType;
            var isExtra = i == argumentCount;
            var convertible = ValueConverter.CanConvert(type)
                || transforms.Any(t => type.IsAssignableFrom(t.ReturnType))
                || registry.ParameterTypes.Any(p => type.IsAssignableFrom(p.Type))
                || (isExtra && (type == typeof(DataTable) || type == typeof(DocString)));
            if (!convertible)
            {
                throw new BddConfigurationException($"{MethodNames.Describe(method)}: parameter '{parameters[i].Name}' of type {type.Name} cannot receive step text; add a [StepArgumentTransformation] returning {type.Name}");
            }
        }
    }

    /// <summary>Reqnroll-style expression for an attribute without text: <c>Given_the_user_logs_in</c> → <c>the user logs in</c>.</summary>
    private static string ExpressionFromMethodName(string name)
    {
        var words = name.Contains('_', StringComparison.Ordinal)
            ? name.Split('_', StringSplitOptions.RemoveEmptyEntries).ToList()
            : System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])").Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count > 1 && words[0].ToLowerInvariant() is "given" or "when" or "then" or "and" or "but")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
