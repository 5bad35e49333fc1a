namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>Either operand holds.</summary>
internal sealed class TagOr(ITagExpression left, ITagExpression right) : ITagExpression
{
    public bool Evaluate(IEnumerable<string> tags)
    {
        var list = tags as IReadOnlyCollection<string> ?? tags.ToArray();
        return left.Evaluate(list) || right.Evaluate(list);
    }

    public override string ToString() => "( " + left + " or " + right + " )";
}
