using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EsnHarness.Reporting.Internal;

namespace EsnHarness.Reporting;

/// <summary>
/// Writes JUnit XML in the shape Jenkins, GitLab, Azure DevOps and GitHub test reporters read:
/// <c>testsuites</c> with totals, one <c>testsuite</c> per feature, one <c>testcase</c> per pickle
/// (<c>classname</c> = feature name, <c>name</c> = pickle name), <c>failure</c> naming the failing step,
/// <c>skipped</c> for pending, undefined and not-run scenarios (unless configured as failures), and the
/// requirement tags as test case <c>properties</c> (requirement, agencies, priority, source, tags). A feature file that
/// did not parse is a testsuite of its own with one failing testcase at the file and line of the error. Scenarios the
/// run did not select are left out (JUnit reports what ran); each testsuite's <c>properties</c> record the selection.
/// </summary>
public sealed class JUnitReportWriter(JUnitOptions? options = null)
{
    private readonly JUnitOptions _options = options ?? new JUnitOptions();

    /// <summary>Builds the JUnit document.</summary>
    public XDocument ToXml(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var selection = model.Run.Selection?.Describe();
        var suites = model.Features
            .Select(f => f with { Scenarios = [.. f.Scenarios.Where(s => s.Selected)] })
            .Where(f => f.Scenarios.Count > 0)
            .Select(f => BuildSuite(f, selection))
            .Concat(model.ParseErrors.GroupBy(e => e.Uri).Select(g => ParseErrorSuite(g.Key, [.. g], selection)))
            .ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", _options.SuitesName),
            Totals(suites),
            new XAttribute("time", Seconds(model.Run.Duration ?? TimeSpan.FromTicks(model.Scenarios.Sum(s => s.Duration.Ticks)))));
        if (model.Run.StartedAt is { } started)
        {
            root.Add(new XAttribute("timestamp", started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
        }
        root.Add(suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>Writes the JUnit document to a file (UTF-8, indented).</summary>
    public void Write(ReportModel model, string path)
    {
        using var stream = File.Create(path);
        Write(model, stream);
    }

    /// <summary>Writes the JUnit document to a stream (UTF-8, indented).</summary>
    public void Write(ReportModel model, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(stream, settings);
        ToXml(model).Save(writer);
    }

    private XElement BuildSuite(FeatureReport feature, string? selection)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var cases = feature.Scenarios.Select(s => BuildCase(feature, s, names)).ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", Clean(feature.Name)),
            Totals(cases),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(feature.Scenarios.Sum(s => s.Duration.Ticks)))),
            new XAttribute("file", feature.Uri));
        suite.Add(SuiteProperties(selection));
        suite.Add(cases);
        return suite;
    }

    /// <summary>A feature file that did not parse: one failing testcase at the first error's line, every error in its text.</summary>
    private static XElement ParseErrorSuite(string uri, IReadOnlyList<ParseErrorReport> errors, string? selection)
    {
        var first = errors[0];
        var testCase = new XElement("testcase",
            new XAttribute("classname", Clean(uri)),
            new XAttribute("name", "the feature file parses"),
            new XAttribute("time", "0.000"),
            new XAttribute("file", uri),
            new XAttribute("line", first.Line),
            new XElement("failure", new XAttribute("message", Clean($"{uri}:{first.Line}:{first.Column}: {first.Message}")), new XAttribute("type", "ParseError"),
                new XText(Clean(string.Join("\n", errors.Select(e => e.ToString()))))));
        var suite = new XElement("testsuite", new XAttribute("name", Clean(uri)), Totals([testCase]), new XAttribute("time", "0.000"), new XAttribute("file", uri));
        suite.Add(SuiteProperties(selection));
        suite.Add(testCase);
        return suite;
    }

    private static XElement? SuiteProperties(string? selection) => selection is null
        ? null
        : new XElement("properties", new XElement("property", new XAttribute("name", "selection"), new XAttribute("value", Clean(selection))));

    private XElement BuildCase(FeatureReport feature, ScenarioReport scenario, HashSet<string> names)
    {
        var name = scenario.Name;
        if (!names.Add(name))
        {
            name = $"{scenario.Name} (line {scenario.Line})";
            names.Add(name);
        }
        var element = new XElement("testcase",
            new XAttribute("classname", Clean(feature.Name)),
            new XAttribute("name", Clean(name)),
            new XAttribute("time", Seconds(scenario.Duration)),
            new XAttribute("file", feature.Uri),
            new XAttribute("line", scenario.Line));
        if (Properties(scenario) is { HasElements: true } properties)
        {
            element.Add(properties);
        }
        if (JUnitOutcome.For(scenario, _options) is { } outcome)
        {
            element.Add(new XElement(outcome.Element, new XAttribute("message", Clean(outcome.Message)),
                outcome.Element == "failure" ? new XAttribute("type", outcome.Type) : null,
                outcome.Detail is null ? null : new XText(Clean(outcome.Detail))));
        }
        if (_options.IncludeStepLog && scenario.Steps.Count > 0)
        {
            element.Add(new XElement("system-out", Clean(JUnitOutcome.StepLog(scenario))));
        }
        return element;
    }

    /// <summary>Requirement tags as test case properties (read by Jenkins, Xray and other JUnit consumers).</summary>
    private static XElement Properties(ScenarioReport scenario)
    {
        var r = scenario.Requirement;
        var pairs = new List<(string Name, string? Value)>
        {
            ("requirement", r.RequirementId),
            ("agencies", r.Agencies.Count > 0 ? string.Join(",", r.Agencies) : null),
            ("priority", r.Priority),
            ("source", r.Sources.Count > 0 ? string.Join(",", r.Sources) : null),
            ("tags", scenario.Tags.Count > 0 ? string.Join(" ", scenario.Tags) : null),
        };
        return new XElement("properties", pairs.Where(p => p.Value is not null)
            .Select(p => new XElement("property", new XAttribute("name", p.Name), new XAttribute("value", Clean(p.Value!)))));
    }

    private static IEnumerable<XAttribute> Totals(IReadOnlyCollection<XElement> children)
    {
        int Sum(string name) => children.Sum(c => c.Name == "testcase"
            ? (name == "tests" ? 1 : c.Element(name == "failures" ? "failure" : name == "errors" ? "error" : "skipped") is null ? 0 : 1)
            : (int?)c.Attribute(name) ?? 0);
        return [new("tests", Sum("tests")), new("failures", Sum("failures")), new("errors", Sum("errors")), new("skipped", Sum("skipped"))];
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot carry most control characters; exception messages sometimes do.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);
}
