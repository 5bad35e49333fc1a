namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>The operand does not hold.</summary>
internal sealed class TagNot(ITagExpression operand) : ITagExpression
{
    public bool Evaluate(IEnumerable<string> tags) => !operand.Evaluate(tags);

    // Binary operators already print their own parentheses.
    public override string ToString() =>
        operand is TagAnd or TagOr ? "not " + operand : "not ( " + operand + " )";
}
