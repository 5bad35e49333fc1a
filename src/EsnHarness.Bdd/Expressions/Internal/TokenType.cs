namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Token kinds of the Cucumber Expression tokenizer (names as in Cucumber's testdata, in PascalCase).</summary>
internal enum TokenType
{
    StartOfLine,
    EndOfLine,
    WhiteSpace,
    BeginOptional,
    EndOptional,
    BeginParameter,
    EndParameter,
    Alternation,
    Text,
}
