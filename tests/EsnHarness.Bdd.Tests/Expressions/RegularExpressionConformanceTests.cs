using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class RegularExpressionConformanceTests
{
    private static IEnumerable<TestCaseData> Vectors() =>
        ConformanceVectors.Files("cucumber-expressions/testdata/regular-expression/matching");

    [TestCaseSource(nameof(Vectors))]
    public void Match_OfficialVector_GivesExpectedArguments(string file)
    {
        var vector = ConformanceVectors.LoadMapping(file);
        var source = vector.GetString("expression") ?? string.Empty;
        var text = vector.GetString("text") ?? string.Empty;

        var arguments = new RegularExpression(new Regex(source), new ParameterTypeRegistry()).Match(text);

        ExpectedArguments.AssertMatch(arguments, vector.Get("expected_args"), $"/{source}/ against '{text}'");
    }
}
