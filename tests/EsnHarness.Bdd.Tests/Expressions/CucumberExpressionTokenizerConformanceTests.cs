using System.Text.Json.Nodes;
using EsnHarness.Bdd.Expressions;
using EsnHarness.Bdd.Expressions.Internal;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class CucumberExpressionTokenizerConformanceTests
{
    private static IEnumerable<TestCaseData> Vectors() =>
        ConformanceVectors.Files("cucumber-expressions/testdata/cucumber-expression/tokenizer");

    [TestCaseSource(nameof(Vectors))]
    public void Tokenize_OfficialVector_GivesExpectedTokensOrError(string file)
    {
        var vector = ConformanceVectors.LoadMapping(file);
        var expression = vector.GetString("expression") ?? string.Empty;
        var exception = vector.GetString("exception");
        if (exception is not null)
        {
            var thrown = Assert.Throws<CucumberExpressionException>(() => Tokenizer.Tokenize(expression));
            Assert.That(thrown!.Message, Is.EqualTo(exception));
            return;
        }

        var expected = ConformanceVectors.ToJson(vector.Get("expected_tokens")!)!;
        var actual = AstJson.Tokens(Tokenizer.Tokenize(expression));
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }
}
