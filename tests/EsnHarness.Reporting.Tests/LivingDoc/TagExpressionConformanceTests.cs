using EsnHarness.Reporting.Tests.TestData;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>The page's tag-expression filter against Cucumber's official evaluation and error test data.</summary>
public class TagExpressionConformanceTests : LivingDocPageFixture
{
    public sealed class EvaluationCase
    {
        public string Expression { get; set; } = string.Empty;
        public List<EvaluationTest> Tests { get; set; } = [];
    }

    public sealed class EvaluationTest
    {
        public List<string> Variables { get; set; } = [];
        public bool Result { get; set; }
    }

    public sealed class ErrorCase
    {
        public string Expression { get; set; } = string.Empty;
        public string Error { get; set; } = string.Empty;
    }

    private PageProbe _probe = null!;

    private static List<T> Load<T>(string file) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<T>>(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TagExpressions", file)));

    private static IEnumerable<TestCaseData> Evaluations() =>
        Load<EvaluationCase>("evaluations.yml").SelectMany(c => c.Tests.Select(t =>
            new TestCaseData(c.Expression, t.Variables.ToArray(), t.Result).SetArgDisplayNames($"'{c.Expression}' [{string.Join(",", t.Variables)}]")));

    private static IEnumerable<TestCaseData> Errors() =>
        Load<ErrorCase>("errors.yml").Select(c => new TestCaseData(c.Expression, c.Error).SetArgDisplayNames($"'{c.Expression}'"));

    [OneTimeSetUp]
    public async Task OpenPage() => _probe = await Browser.OpenAsync(WritePage(SampleRuns.Catalogue(), "tags"));

    [TestCaseSource(nameof(Evaluations))]
    public async Task ParseTagExpression_OfficialEvaluation_GivesTheOfficialResult(string expression, string[] variables, bool expected)
    {
        // Cucumber's test data uses bare names; the page reads tags with their '@', and so do its expressions.
        var result = await _probe.Page.EvaluateAsync<bool>(
            "([e, vars]) => window.EsnLivingDoc.parseTagExpression(e).evaluate(vars.map(v => v.startsWith('@') ? v : '@' + v))",
            new object[] { expression, variables });

        Assert.That(result, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Errors))]
    public async Task ParseTagExpression_OfficialError_GivesTheOfficialMessage(string expression, string expected)
    {
        var message = await _probe.Page.EvaluateAsync<string?>(
            "e => { try { window.EsnLivingDoc.parseTagExpression(e); return null; } catch (x) { return x.message; } }", expression);

        Assert.That(message, Is.EqualTo(expected));
    }
}
