using System.Text.Json.Nodes;

namespace EsnHarness.Reporting.Tests;

public class NdjsonSerializerTests
{
    private static IEnumerable<string> CckSamples() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck"), "*.ndjson").Select(Path.GetFileName)!;

    [TestCaseSource(nameof(CckSamples))]
    public void Serialize_CckSampleLines_RoundTripToTheSameJson(string sample)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", sample);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();

        var differences = lines
            .Select((line, i) => (line, i, again: NdjsonSerializer.Serialize(NdjsonSerializer.Deserialize(line))))
            .Where(x => !JsonNode.DeepEquals(JsonNode.Parse(x.line), JsonNode.Parse(x.again)))
            .Select(x => $"line {x.i + 1}:\n  {x.line}\n  {x.again}")
            .ToList();

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void ReadFile_MalformedLine_ThrowsOneLineErrorNamingFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("broken.ndjson");
        File.WriteAllLines(path, ["{\"testRunStarted\":{\"id\":\"1\",\"timestamp\":{\"seconds\":0,\"nanos\":0}}}", "", "{\"pickle\": {\"id\": 3,"]);

        var error = Assert.Throws<ReportInputException>(() => NdjsonSerializer.ReadFile(path).ToList());

        Assert.That(error!.Message, Does.StartWith($"{path}:3: not a Cucumber Messages envelope"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
        Assert.That(error.Line, Is.EqualTo(3));
    }

    [Test]
    public void ReadFile_LineWithUnknownStatus_NamesTheValue()
    {
        using var dir = new TempDirectory();
        var path = dir.File("status.ndjson");
        File.WriteAllText(path, "{\"testStepFinished\":{\"testCaseStartedId\":\"1\",\"testStepId\":\"2\",\"testStepResult\":{\"status\":\"GREEN\",\"duration\":{\"seconds\":0,\"nanos\":0}},\"timestamp\":{\"seconds\":0,\"nanos\":0}}}\n");

        var error = Assert.Throws<ReportInputException>(() => NdjsonSerializer.ReadFile(path).ToList());

        Assert.That(error!.Message, Does.Contain(":1:").And.Contain("'GREEN' is not a valid TestStepResultStatus"));
    }

    [Test]
    public void ReadFile_JsonThatIsNoEnvelope_IsRejected()
    {
        using var dir = new TempDirectory();
        var path = dir.File("other.ndjson");
        File.WriteAllText(path, "{\"hello\":\"world\"}\n");

        var error = Assert.Throws<ReportInputException>(() => NdjsonSerializer.ReadFile(path).ToList());

        Assert.That(error!.Message, Is.EqualTo($"{path}:1: the envelope holds no known message"));
    }

    [Test]
    public void ReadFile_MissingFile_SaysItCannotBeRead()
    {
        var error = Assert.Throws<ReportInputException>(() => NdjsonSerializer.ReadFile("/nonexistent/run.ndjson").ToList());

        Assert.That(error!.Message, Does.StartWith("/nonexistent/run.ndjson: cannot be read"));
    }

    [Test]
    public void ReadFile_EnvelopeMissingARequiredField_NamesTheField()
    {
        using var dir = new TempDirectory();
        var path = dir.File("meta.ndjson");
        File.WriteAllText(path, "{\"meta\":{}}\n");

        var error = Assert.Throws<ReportInputException>(() => NdjsonSerializer.ReadFile(path).ToList());

        Assert.That(error!.Message, Is.EqualTo($"{path}:1: not a valid Cucumber Messages envelope (Meta.ProtocolVersion cannot be null)"));
    }
}
