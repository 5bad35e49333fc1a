using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class CucumberExpressionMatchingConformanceTests
{
    private static IEnumerable<TestCaseData> Vectors() =>
        ConformanceVectors.Files("cucumber-expressions/testdata/cucumber-expression/matching");

    [TestCaseSource(nameof(Vectors))]
    public void Match_OfficialVector_GivesExpectedArgumentsOrError(string file)
    {
        var vector = ConformanceVectors.LoadMapping(file);
        var source = vector.GetString("expression") ?? string.Empty;
        var text = vector.GetString("text") ?? string.Empty;
        var registry = new ParameterTypeRegistry();
        var exception = vector.GetString("exception");
        if (exception is not null)
        {
            var thrown = Assert.Throws(Is.InstanceOf<CucumberExpressionException>(),
                () => new CucumberExpression(source, registry).Match(text)?.Select(argument => argument.GetValue()).ToList());
            Assert.That(thrown!.Message, Is.EqualTo(exception));
            return;
        }

        var arguments = new CucumberExpression(source, registry).Match(text);

        ExpectedArguments.AssertMatch(arguments, vector.Get("expected_args"), $"'{source}' against '{text}'");
    }
}
