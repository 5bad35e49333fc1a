namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Pairs the top-level capture groups of a match with their parameter types.</summary>
internal static class ArgumentBuilder
{
    public static IReadOnlyList<Argument> Build(Expressions.Group group, IReadOnlyList<ParameterType> parameterTypes)
    {
        var groups = group.Children;
        if (groups.Count != parameterTypes.Count)
        {
            throw new CucumberExpressionException(
                $"Group has {groups.Count} capture groups, but there were {parameterTypes.Count} parameter types");
        }

        var arguments = new Argument[groups.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = new Argument(groups[i], parameterTypes[i]);
        }

        return arguments;
    }
}
