using System.Xml.Linq;
using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

public class JUnitReportWriterTests
{
    private static XDocument Write(JUnitOptions? options = null)
    {
        var model = ReportModel.FromEnvelopes(SampleRuns.Catalogue().Build());
        var stream = new MemoryStream();
        new JUnitReportWriter(options).Write(model, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Test]
    public void Write_Catalogue_OneSuitePerFeatureOneCasePerPickleWithTotals()
    {
        var root = Write().Root!;

        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That(root.Elements("testsuite").Select(s => (string?)s.Attribute("name")),
            Is.EqualTo(new[] { "PTT access on an operational group", "Emergency alert reaches the control room" }));
        Assert.That(root.Elements("testsuite").Select(s => s.Elements("testcase").Count()), Is.EqualTo(new[] { 4, 3 }));
        Assert.That(((int)root.Attribute("tests")!, (int)root.Attribute("failures")!, (int)root.Attribute("skipped")!, (int)root.Attribute("errors")!),
            Is.EqualTo((7, 2, 3, 0)));
        var voice = root.Elements("testsuite").First();
        Assert.That(((int)voice.Attribute("tests")!, (int)voice.Attribute("failures")!, (int)voice.Attribute("skipped")!), Is.EqualTo((4, 1, 2)));
    }

    [Test]
    public void Write_TestCase_HasFeatureAsClassnameAndPickleAsName()
    {
        var testCase = Write().Descendants("testcase").First();

        Assert.That((string?)testCase.Attribute("classname"), Is.EqualTo("PTT access on an operational group"));
        Assert.That((string?)testCase.Attribute("name"), Is.EqualTo("PTT access time within KPI1"));
        Assert.That((double)testCase.Attribute("time")!, Is.GreaterThan(0));
        Assert.That(testCase.Element("system-out")!.Value, Does.Contain("evidence: KPI1 access time = 67.5 ms"));
        var properties = testCase.Element("properties")!.Elements("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.That(properties["requirement"], Is.EqualTo("REQ-LDN-VOICE-001"));
        Assert.That(properties["agencies"], Is.EqualTo("MPS,LFB"));
        Assert.That(properties["priority"], Is.EqualTo("must"));
    }

    [Test]
    public void Write_FailedScenario_FailureNamesTheStepAndMessage()
    {
        var failure = Write().Descendants("testcase").Single(t => (string?)t.Attribute("name") == "Mouth-to-ear latency within KPI3").Element("failure")!;

        Assert.That((string?)failure.Attribute("message"), Is.EqualTo("Then 95% of bursts are heard within 300 ms: Expected p95 < 300 ms but was 412.0 ms"));
        Assert.That(failure.Value, Does.Contain("Expected p95 < 300 ms"));
    }

    [Test]
    public void Write_PendingAndUndefined_AreSkippedByDefault()
    {
        var cases = Write().Descendants("testcase").ToDictionary(t => (string)t.Attribute("name")!);

        Assert.That((string?)cases["Talk-time limit revokes a stuck PTT"].Element("skipped")?.Attribute("message"),
            Is.EqualTo("Step is pending: Then the floor is revoked with cause 2"));
        Assert.That(cases["Lone worker silent alert"].Element("skipped"), Is.Not.Null);
        Assert.That((string?)cases["Late entry within KPI4"].Element("skipped")?.Attribute("message"), Is.EqualTo("Scenario was not run"));
    }

    [Test]
    public void Write_TreatPendingAsFailure_TurnsPendingAndUndefinedIntoFailures()
    {
        var root = Write(new JUnitOptions(TreatPendingAsFailure: true)).Root!;

        var cases = root.Descendants("testcase").ToDictionary(t => (string)t.Attribute("name")!);
        Assert.That(cases["Lone worker silent alert"].Element("failure"), Is.Not.Null);
        Assert.That(cases["Talk-time limit revokes a stuck PTT"].Element("failure"), Is.Not.Null);
        Assert.That(((int)root.Attribute("failures")!, (int)root.Attribute("skipped")!), Is.EqualTo((4, 1)));
    }

    [Test]
    public void Write_DuplicateNamesAndControlCharacters_StayValidAndDistinct()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/data/sds.feature", "SDS");
        feature.Scenario("Deliver").Given("a message", ScenarioStatus.Failed, "bad byte \u0001 here");
        feature.Scenario("Deliver").Given("a second message");
        var stream = new MemoryStream();

        new JUnitReportWriter().Write(ReportModel.FromEnvelopes(run.Build()), stream);
        stream.Position = 0;
        var names = XDocument.Load(stream).Descendants("testcase").Select(t => (string)t.Attribute("name")!).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names[0], Is.EqualTo("Deliver"));
    }
}
