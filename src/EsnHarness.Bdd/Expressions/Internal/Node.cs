namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>A node of a Cucumber Expression's AST: a leaf has <see cref="Token"/>, any other node has <see cref="Nodes"/>.</summary>
internal sealed class Node(NodeType type, int start, int end, IReadOnlyList<Node>? nodes, string? token) : ILocated
{
    public Node(NodeType type, int start, int end, string token)
        : this(type, start, end, null, token)
    {
    }

    public Node(NodeType type, int start, int end, IReadOnlyList<Node> nodes)
        : this(type, start, end, nodes, null)
    {
    }

    public NodeType Type { get; } = type;

    public int Start { get; } = start;

    public int End { get; } = end;

    public IReadOnlyList<Node>? Nodes { get; } = nodes;

    public string? Token { get; } = token;

    public IReadOnlyList<Node> Children => Nodes ?? [];

    /// <summary>The text of a leaf, or the concatenated text of the children.</summary>
    public string Text => Nodes is null ? Token ?? string.Empty : string.Concat(Nodes.Select(node => node.Text));
}
