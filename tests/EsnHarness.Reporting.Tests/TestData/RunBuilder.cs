using System.Text;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>
/// Builds the Cucumber Messages stream a run of the given features would write: meta, source,
/// gherkinDocument and pickles, step definitions, one test run with test cases, steps, attachments.
/// Ids come from a counter ("0", "1", ...) with an optional prefix, like the official fake runner,
/// so two builders without a prefix collide the way two independent shards do.
/// </summary>
public sealed partial class RunBuilder(string idPrefix = "", DateTimeOffset? start = null)
{
    private readonly List<FeatureSpec> _features = [];
    private readonly DateTimeOffset _start = start ?? new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private int _nextId;
    private long _clockMs;
    private string? _profile;
    private IReadOnlyDictionary<string, string>? _targets;
    private object? _selection;
    private readonly List<(string Uri, int Line, int Column, string Message)> _parseErrors = [];

    public IReadOnlyList<FeatureSpec> Features => _features;

    public IEnumerable<ScenarioSpec> Scenarios => _features.SelectMany(f => f.Scenarios);

    public FeatureSpec Feature(string uri, string name, string description = "", params string[] tags)
    {
        var feature = new FeatureSpec(uri, name, description, tags);
        _features.Add(feature);
        return feature;
    }

    public RunBuilder WithRunInfo(string profile, IReadOnlyDictionary<string, string> targets)
    {
        _profile = profile;
        _targets = targets;
        return this;
    }

    /// <summary>The run info's "selection" object, as esn run writes it.</summary>
    public RunBuilder WithSelection(object selection)
    {
        _selection = selection;
        return this;
    }

    /// <summary>A feature file that does not parse: its source and a parseError message, and a run that fails.</summary>
    public RunBuilder WithParseError(string uri, int line, int column, string message)
    {
        _parseErrors.Add((uri, line, column, message));
        return this;
    }

    public string WriteTo(string path)
    {
        NdjsonSerializer.WriteFile(path, Build());
        return path;
    }

    public IReadOnlyList<Envelope> Build()
    {
        _nextId = 0;
        _clockMs = 0;
        var output = new List<Envelope>
        {
            Envelope.Create(new Meta("32.0.0", new Product("esn-test-builder", "1.0.0"), new Product(".NET", "10.0"),
                new Product("linux", null), new Product("x64", null), null)),
        };
        var compiled = _features.Select(f => Compile(f, output)).ToList();
        foreach (var (uri, line, column, problem) in _parseErrors)
        {
            output.Add(Envelope.Create(new Source(uri, "Feature: Broken\n  not gherkin at all\n", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
            output.Add(Envelope.Create(new ParseError(new SourceReference(uri, null, null, new Location(line, column)), $"({line}:{column}): {problem}")));
        }
        var definitions = DefineSteps(output);
        var runId = NextId();
        output.Add(Envelope.Create(new TestRunStarted(Now(), runId)));
        if (_profile is not null)
        {
            var body = System.Text.Json.JsonSerializer.Serialize(new { profile = _profile, targets = _targets, selection = _selection });
            output.Add(Envelope.Create(new Attachment(body, AttachmentContentEncoding.IDENTITY, null, RunMetadata.RunInfoMediaType,
                null, null, null, null, runId, null, Now())));
        }
        var cases = compiled.SelectMany(c => c).Where(p => p.Spec.Executed).Select(p => (p, TestCaseFor(p, definitions, runId, output))).ToList();
        foreach (var (pickle, testCase) in cases)
        {
            Execute(pickle, testCase, output);
        }
        var success = _parseErrors.Count == 0 && cases.All(c => c.p.Spec.ExpectedStatus is ScenarioStatus.Passed or ScenarioStatus.Skipped);
        var message = _parseErrors.Count == 0 ? null : string.Join("; ", _parseErrors.Select(e => $"{e.Uri}:{e.Line}:{e.Column}: {e.Message}"));
        output.Add(Envelope.Create(new TestRunFinished(message, success, Now(), null, runId)));
        return output;
    }

    private string NextId() => idPrefix + (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Timestamp Now()
    {
        var t = _start.AddMilliseconds(_clockMs++);
        return new Timestamp(t.ToUnixTimeSeconds(), (long)t.Millisecond * 1_000_000);
    }

    private Dictionary<string, List<string>> DefineSteps(List<Envelope> output)
    {
        var definitions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var step in Scenarios.SelectMany(s => s.Steps).Where(s => s.Status != ScenarioStatus.Undefined))
        {
            if (definitions.ContainsKey(step.Text))
            {
                continue;
            }
            var ids = new List<string>();
            for (var n = step.Status == ScenarioStatus.Ambiguous ? 2 : 1; n > 0; n--)
            {
                var id = NextId();
                ids.Add(id);
                output.Add(Envelope.Create(new StepDefinition(id, new StepDefinitionPattern(step.Text, StepDefinitionPatternType.CUCUMBER_EXPRESSION),
                    new SourceReference("Steps/GeneratedSteps.cs", null, null, new Location(ids.Count * 10, null)))));
            }
            definitions[step.Text] = ids;
        }
        return definitions;
    }

    private static StepKeywordType KeywordType(string keyword) => keyword.Trim() switch
    {
        "Given" => StepKeywordType.CONTEXT,
        "When" => StepKeywordType.ACTION,
        "Then" => StepKeywordType.OUTCOME,
        "And" or "But" => StepKeywordType.CONJUNCTION,
        _ => StepKeywordType.UNKNOWN,
    };

    private static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? l : pad + l));
    }

    private static int LineCount(StringBuilder text) => text.ToString().Count(c => c == '\n');
}
