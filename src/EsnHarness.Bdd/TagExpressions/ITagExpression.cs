namespace EsnHarness.Bdd.TagExpressions;

/// <summary>A parsed Cucumber tag expression such as <c>@smoke and not (@slow or @wip)</c>.</summary>
public interface ITagExpression
{
    /// <summary>Whether a scenario with these tags (with their <c>@</c>, compared exactly) is selected.</summary>
    bool Evaluate(IEnumerable<string> tags);

    /// <summary>The expression fully parenthesised, as Cucumber formats it, e.g. <c>( @a and not ( @b ) )</c>; empty for the empty expression.</summary>
    string ToString();
}
