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
/// requirement tags as test case <c>properties</c> (requirement, agencies, priority, source, tags).
/// </summary>
public sealed class JUnitReportWriter(JUnitOptions? options = null)
{
    private readonly JUnitOptions _options = options ?? new JUnitOptions();

    /// <summary>Builds the JUnit document.</summary>
    public XDocument ToXml(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var suites = model.Features.Select(BuildSuite).ToList();
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

    private XElement BuildSuite(FeatureReport feature)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var cases = feature.Scenarios.Select(s => BuildCase(feature, s, names)).ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", Clean(feature.Name)),
            Totals(cases),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(feature.Scenarios.Sum(s => s.Duration.Ticks)))),
            new XAttribute("file", feature.Uri));
        suite.Add(cases);
        return suite;
    }

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
