using System.Text;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>Writes each feature's Gherkin text and the matching document and pickles, line for line.</summary>
public sealed partial class RunBuilder
{
    internal sealed record CompiledPickle(ScenarioSpec Spec, Pickle Pickle);

    private List<CompiledPickle> Compile(FeatureSpec feature, List<Envelope> output)
    {
        var text = new StringBuilder();
        var featureTags = TagLine(feature.Tags, 0, text);
        var featureLine = LineCount(text) + 1;
        text.Append("Feature: ").Append(feature.Name).Append('\n');
        if (feature.Description.Length > 0)
        {
            text.Append(Indent(feature.Description, 2)).Append('\n');
        }
        var children = new List<FeatureChild>();
        var pickles = new List<CompiledPickle>();
        var scenarios = new List<(ScenarioSpec Spec, Scenario Ast, List<Tag> RuleTags)>();
        foreach (var spec in feature.Scenarios.Where(s => s.Rule is null))
        {
            var ast = ScenarioAst(spec, 2, text);
            children.Add(FeatureChild.Create(ast));
            scenarios.Add((spec, ast, []));
        }
        foreach (var rule in feature.Scenarios.Where(s => s.Rule is not null).Select(s => s.Rule!).Distinct())
        {
            text.Append('\n');
            var ruleLine = LineCount(text) + 1;
            text.Append("  Rule: ").Append(rule).Append('\n');
            var description = feature.RuleDescriptions.GetValueOrDefault(rule, string.Empty);
            if (description.Length > 0)
            {
                text.Append(Indent(description, 4)).Append('\n');
            }
            var ruleChildren = new List<RuleChild>();
            foreach (var spec in feature.Scenarios.Where(s => s.Rule == rule))
            {
                var ast = ScenarioAst(spec, 4, text);
                ruleChildren.Add(RuleChild.Create(ast));
                scenarios.Add((spec, ast, []));
            }
            children.Add(FeatureChild.Create(new Rule(new Location(ruleLine, 3), [], "Rule", rule,
                description.Length > 0 ? Indent(description, 4) : string.Empty, ruleChildren, NextId())));
        }
        var featureAst = new Feature(new Location(featureLine, 1), featureTags, "en", "Feature", feature.Name,
            feature.Description.Length > 0 ? Indent(feature.Description, 2) : string.Empty, children);
        output.Add(Envelope.Create(new Source(feature.Uri, text.ToString(), SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
        output.Add(Envelope.Create(new GherkinDocument(feature.Uri, featureAst, [])));
        foreach (var (spec, ast, _) in scenarios.Where(s => s.Spec.Selected))
        {
            var steps = ast.Steps.Select(s => new PickleStep(null, [s.Id], NextId(), PickleType(s.KeywordType), s.Text)).ToList();
            var tags = featureTags.Concat(ast.Tags).Select(t => new PickleTag(t.Name, t.Id)).ToList();
            var pickle = new Pickle(NextId(), feature.Uri, ast.Location, spec.Name, "en", steps, tags, [ast.Id]);
            output.Add(Envelope.Create(pickle));
            pickles.Add(new CompiledPickle(spec, pickle));
        }
        return pickles;
    }

    private Scenario ScenarioAst(ScenarioSpec spec, int indent, StringBuilder text)
    {
        text.Append('\n');
        var tags = TagLine(spec.Tags, indent, text);
        var line = LineCount(text) + 1;
        text.Append(new string(' ', indent)).Append("Scenario: ").Append(spec.Name).Append('\n');
        if (spec.Description.Length > 0)
        {
            text.Append(Indent(spec.Description, indent + 2)).Append('\n');
        }
        var steps = new List<Step>();
        foreach (var step in spec.Steps)
        {
            var stepLine = LineCount(text) + 1;
            text.Append(new string(' ', indent + 2)).Append(step.Keyword).Append(step.Text).Append('\n');
            steps.Add(new Step(new Location(stepLine, indent + 3), step.Keyword, KeywordType(step.Keyword), step.Text, null, null, NextId()));
        }
        return new Scenario(new Location(line, indent + 1), tags, "Scenario", spec.Name,
            spec.Description.Length > 0 ? Indent(spec.Description, indent + 2) : string.Empty, steps, [], NextId());
    }

    private List<Tag> TagLine(IReadOnlyList<string> tags, int indent, StringBuilder text)
    {
        if (tags.Count == 0)
        {
            return [];
        }
        var line = LineCount(text) + 1;
        var result = new List<Tag>();
        var column = indent + 1;
        foreach (var tag in tags)
        {
            result.Add(new Tag(new Location(line, column), tag, NextId()));
            column += tag.Length + 1;
        }
        text.Append(new string(' ', indent)).Append(string.Join(' ', tags)).Append('\n');
        return result;
    }

    private static PickleStepType PickleType(StepKeywordType type) => type switch
    {
        StepKeywordType.CONTEXT => PickleStepType.CONTEXT,
        StepKeywordType.ACTION => PickleStepType.ACTION,
        StepKeywordType.OUTCOME => PickleStepType.OUTCOME,
        _ => PickleStepType.UNKNOWN,
    };
}
