using EsnHarness.Bdd.TagExpressions;
using EsnHarness.Bdd.Tests.Expressions;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace EsnHarness.Bdd.Tests.TagExpressions;

[TestFixture]
public sealed class TagExpressionConformanceTests
{
    private const string Folder = "tag-expressions/testdata/";

    private static IEnumerable<TestCaseData> Parsing() => Entries("parsing.yml");

    private static IEnumerable<TestCaseData> Evaluations() => Entries("evaluations.yml");

    private static IEnumerable<TestCaseData> Errors() => Entries("errors.yml");

    [TestCaseSource(nameof(Parsing))]
    public void Parse_OfficialParsingVector_FormatsAsExpected(string file, int index)
    {
        var entry = Entry(file, index);
        var expression = TagExpressionParser.Parse(entry.GetString("expression") ?? string.Empty);

        Assert.That(expression.ToString(), Is.EqualTo(entry.GetString("formatted") ?? string.Empty));
    }

    [TestCaseSource(nameof(Evaluations))]
    public void Evaluate_OfficialEvaluationVector_GivesExpectedResults(string file, int index)
    {
        var entry = Entry(file, index);
        var source = entry.GetString("expression") ?? string.Empty;
        var expression = TagExpressionParser.Parse(source);
        var tests = (YamlSequenceNode)entry.Get("tests")!;
        Assert.That(tests.Children, Is.Not.Empty);
        foreach (var test in tests.Children.Cast<YamlMappingNode>())
        {
            var variables = ((YamlSequenceNode)test.Get("variables")!).Children.Select(node => ((YamlScalarNode)node).Value!).ToArray();
            var expected = bool.Parse(test.GetString("result")!);
            Assert.That(expression.Evaluate(variables), Is.EqualTo(expected), $"'{source}' with [{string.Join(", ", variables)}]");
        }
    }

    [TestCaseSource(nameof(Errors))]
    public void Parse_OfficialErrorVector_ThrowsExpectedMessage(string file, int index)
    {
        var entry = Entry(file, index);

        var thrown = Assert.Throws<TagExpressionException>(() => TagExpressionParser.Parse(entry.GetString("expression") ?? string.Empty));

        Assert.That(thrown!.Message, Is.EqualTo(entry.GetString("error")));
    }

    private static IEnumerable<TestCaseData> Entries(string file)
    {
        var path = Path.Combine(ConformanceVectors.Root, Folder, file);
        if (!File.Exists(path))
        {
            yield return new TestCaseData(file, -1).SetArgDisplayNames(file, "missing");
            yield break;
        }

        var entries = (YamlSequenceNode)ConformanceVectors.Load(Folder + file);
        for (var i = 0; i < entries.Children.Count; i++)
        {
            var expression = ((YamlMappingNode)entries.Children[i]).GetString("expression") ?? string.Empty;
            yield return new TestCaseData(file, i).SetArgDisplayNames($"{i:00}", expression.Length == 0 ? "(empty)" : expression);
        }
    }

    private static YamlMappingNode Entry(string file, int index)
    {
        var entries = (YamlSequenceNode)ConformanceVectors.Load(Folder + file);
        Assert.That(index, Is.InRange(0, entries.Children.Count - 1), $"{file} has no entry {index}");
        return (YamlMappingNode)entries.Children[index];
    }
}
