namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// One capture group of a match, with the groups nested in it. <see cref="Value"/> is null (and <see cref="Start"/>,
/// <see cref="End"/> are -1) when the group did not take part in the match, e.g. an optional group.
/// </summary>
/// <param name="Value">The captured text.</param>
/// <param name="Start">Index of the first captured character in the matched text (UTF-16 units).</param>
/// <param name="End">Index after the last captured character.</param>
/// <param name="Children">The capture groups directly nested in this one.</param>
public sealed record Group(string? Value, int Start, int End, IReadOnlyList<Group> Children)
{
    /// <summary>The values a parameter type's transformer receives: the children's values, or this value when there are none.</summary>
    public IReadOnlyList<string?> Values =>
        Children.Count == 0 ? [Value] : Children.Select(child => child.Value).ToArray();
}
