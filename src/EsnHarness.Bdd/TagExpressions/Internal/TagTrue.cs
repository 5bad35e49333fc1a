namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>The empty expression: selects everything.</summary>
internal sealed class TagTrue : ITagExpression
{
    public bool Evaluate(IEnumerable<string> tags) => true;

    public override string ToString() => string.Empty;
}
