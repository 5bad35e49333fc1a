namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>Both operands hold.</summary>
internal sealed class TagAnd(ITagExpression left, ITagExpression right) : ITagExpression
{
    public bool Evaluate(IEnumerable<string> tags)
    {
        var list = tags as IReadOnlyCollection<string> ?? tags.ToArray();
        return left.Evaluate(list) && right.Evaluate(list);
    }

    public override string ToString() => "( " + left + " and " + right + " )";
}
