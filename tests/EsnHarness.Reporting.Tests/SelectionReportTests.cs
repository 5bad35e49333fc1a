using System.Xml.Linq;
using EsnHarness.Reporting.Tests.TestData;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Tests;

/// <summary>
/// Issue 15 items 2 and 4: a report of part of the catalogue says what was selected and shows the rest as not run;
/// a feature file that did not parse is a visible failure in every report.
/// </summary>
public class SelectionReportTests
{
    [Test]
    public void FromEnvelopes_PicklesLeftOut_EachIsANotSelectedScenarioNamedTaggedAndWordedAsItsPickleWas()
    {
        var full = NdjsonSerializer.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", "examples-tables.ndjson")).ToList();
        var original = ReportModel.FromEnvelopes(full).Scenarios.ToList();
        bool LeftOut(Pickle p) => p.Tags.Any(t => t.Name == "@failing") || p.Name == "Eating cucumbers with 1 friends";

        var model = ReportModel.FromEnvelopes(SubsetRuns.WithoutPickles(full, LeftOut));

        var scenarios = model.Scenarios.ToList();
        Assert.That(scenarios.Select(s => (s.Name, s.Line, s.Selected)), Is.EqualTo(original.Select(s => (s.Name, s.Line, s.Name.Contains("with 1 ", StringComparison.Ordinal) || s.Tags.Contains("@failing") ? false : true))));
        var unselected = scenarios.Where(s => !s.Selected).ToList();
        Assert.That(unselected, Has.Count.EqualTo(3));
        Assert.That(unselected.All(s => s.Status == ScenarioStatus.NotRun), Is.True);
        foreach (var scenario in unselected)
        {
            var was = original.Single(s => s.Line == scenario.Line);
            Assert.That(scenario.Tags, Is.EqualTo(was.Tags), scenario.Name);
            Assert.That(scenario.Steps.Select(s => s.Keyword + s.Text), Is.EqualTo(was.Steps.Where(s => !s.IsHook).Select(s => s.Keyword + s.Text)), scenario.Name);
        }
    }

    [Test]
    public void ReadinessMatrix_SubsetRun_UnselectedMustRequirementsCountAsNotRun()
    {
        var model = ReportModel.FromEnvelopes(SubsetRuns.LasOnly().Build());

        var matrix = ReadinessMatrix.From(model);

        Assert.That(matrix["LAS", "voice"], Is.EqualTo(new ReadinessCell("LAS", "voice", 1, 0, 0)));
        Assert.That(matrix["MPS", "voice"], Is.EqualTo(new ReadinessCell("MPS", "voice", 0, 0, 2)));
        Assert.That(matrix["MPS", "emergency"], Is.EqualTo(new ReadinessCell("MPS", "emergency", 0, 0, 1)));
        Assert.That(model.Run.Selection?.Describe(), Is.EqualTo("from features; tags \"@LAS and @must\""));
    }

    [Test]
    public void JUnit_SubsetRun_ReportsWhatRanAndRecordsTheSelection()
    {
        var xml = JUnit(SubsetRuns.LasOnly());

        Assert.That(xml.Descendants("testcase").Select(c => (string?)c.Attribute("name")), Is.EqualTo(new[] { "Ambulance group call" }));
        Assert.That(xml.Root!.Elements("testsuite").Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "Group calls" }), "a feature nothing of which ran has no suite");
        Assert.That(xml.Root.Element("testsuite")!.Element("properties")!.Elements("property").Single(p => (string?)p.Attribute("name") == "selection").Attribute("value")!.Value,
            Is.EqualTo("from features; tags \"@LAS and @must\""));
    }

    [Test]
    public void ParseError_ReadIntoTheModelAndAFailingJUnitTestcaseAtTheFileAndLine()
    {
        var run = SampleRuns.Catalogue().WithParseError("features/voice/broken.feature", 7, 5, "expected: #EOF, #TableRow, got 'Whn the call starts'");

        var model = ReportModel.FromEnvelopes(run.Build());
        var xml = JUnit(run);

        Assert.That(model.ParseErrors.Single().ToString(), Is.EqualTo("features/voice/broken.feature:7:5: expected: #EOF, #TableRow, got 'Whn the call starts'"));
        Assert.That(model.Run.FailureMessage, Does.Contain("features/voice/broken.feature:7:5"));
        var broken = xml.Descendants("testcase").Single(c => (string?)c.Attribute("file") == "features/voice/broken.feature");
        Assert.That((int?)broken.Attribute("line"), Is.EqualTo(7));
        Assert.That(broken.Element("failure")!.Attribute("message")!.Value, Is.EqualTo("features/voice/broken.feature:7:5: expected: #EOF, #TableRow, got 'Whn the call starts'"));
        Assert.That((int)xml.Root!.Attribute("failures")!, Is.EqualTo(3), "the catalogue's two failures and the parse error");
    }

    private static XDocument JUnit(RunBuilder run)
    {
        var stream = new MemoryStream();
        new JUnitReportWriter().Write(ReportModel.FromEnvelopes(run.Build()), stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
