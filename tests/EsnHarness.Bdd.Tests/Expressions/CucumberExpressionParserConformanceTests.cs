using System.Text.Json.Nodes;
using EsnHarness.Bdd.Expressions;
using EsnHarness.Bdd.Expressions.Internal;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class CucumberExpressionParserConformanceTests
{
    private static IEnumerable<TestCaseData> Vectors() =>
        ConformanceVectors.Files("cucumber-expressions/testdata/cucumber-expression/parser");

    [TestCaseSource(nameof(Vectors))]
    public void Parse_OfficialVector_GivesExpectedAstOrError(string file)
    {
        var vector = ConformanceVectors.LoadMapping(file);
        var expression = vector.GetString("expression") ?? string.Empty;
        var exception = vector.GetString("exception");
        if (exception is not null)
        {
            var thrown = Assert.Throws<CucumberExpressionException>(() => Parser.Parse(expression));
            Assert.That(thrown!.Message, Is.EqualTo(exception));
            return;
        }

        var expected = ConformanceVectors.ToJson(vector.Get("expected_ast")!)!;
        var actual = AstJson.Node(Parser.Parse(expression));
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }
}
