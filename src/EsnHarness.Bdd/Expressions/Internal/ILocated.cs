namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Something with a code-point span in the expression text.</summary>
internal interface ILocated
{
    int Start { get; }

    int End { get; }
}
