using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class CucumberExpressionTransformationConformanceTests
{
    private static IEnumerable<TestCaseData> Vectors() =>
        ConformanceVectors.Files("cucumber-expressions/testdata/cucumber-expression/transformation");

    [TestCaseSource(nameof(Vectors))]
    public void Regex_OfficialVector_IsExpectedPattern(string file)
    {
        var vector = ConformanceVectors.LoadMapping(file);
        var expression = new CucumberExpression(vector.GetString("expression") ?? string.Empty, new ParameterTypeRegistry());

        Assert.That(expression.Regex.ToString(), Is.EqualTo(vector.GetString("expected_regex")));
    }
}
