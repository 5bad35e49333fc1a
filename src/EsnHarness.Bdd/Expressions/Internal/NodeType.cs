namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>AST node kinds of a Cucumber Expression.</summary>
internal enum NodeType
{
    Text,
    Optional,
    Alternation,
    Alternative,
    Parameter,
    Expression,
}
