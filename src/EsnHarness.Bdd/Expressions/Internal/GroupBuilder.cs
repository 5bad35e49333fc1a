using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>One capture group of a regex source, with the capture groups nested in it.</summary>
internal sealed class GroupBuilder(int startIndex)
{
    private readonly List<GroupBuilder> _children = [];

    public int StartIndex { get; } = startIndex;

    public int EndIndex { get; set; }

    public bool IsCapturing { get; set; } = true;

    /// <summary>The group's pattern between its parentheses.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The .NET group to read: a name for named groups, else the number.</summary>
    public string? GroupName { get; set; }

    public int GroupNumber { get; set; }

    public IReadOnlyList<GroupBuilder> Children => _children;

    public void Add(GroupBuilder child) => _children.Add(child);

    public void MoveChildrenTo(GroupBuilder parent)
    {
        foreach (var child in _children)
        {
            parent.Add(child);
        }
    }

    public Expressions.Group Build(Match match)
    {
        var group = GroupName is null ? match.Groups[GroupNumber] : match.Groups[GroupName];
        var children = _children.Select(child => child.Build(match)).ToArray();
        return group.Success
            ? new Expressions.Group(group.Value, group.Index, group.Index + group.Length, children)
            : new Expressions.Group(null, -1, -1, children);
    }
}
