using System.Text.Json.Nodes;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class NdjsonSerializerPrepareTests
{
    [Test]
    public async Task Prepare_OnTwoThreadsAtOnce_EveryCckLineStillRoundTripsToTheSameJson()
    {
        await Task.WhenAll(Task.Run(NdjsonSerializer.Prepare), Task.Run(NdjsonSerializer.Prepare));
        var samples = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Conformance", "cck", "samples"), "*.ndjson", SearchOption.AllDirectories);

        var differences = samples
            .SelectMany(path => File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => (path, line)))
            .Where(x => !JsonNode.DeepEquals(JsonNode.Parse(x.line), JsonNode.Parse(NdjsonSerializer.Serialize(NdjsonSerializer.Deserialize(x.line)))))
            .Select(x => $"{Path.GetFileName(x.path)}: {x.line}")
            .ToList();

        Assert.That(samples, Is.Not.Empty);
        Assert.That(differences, Is.Empty);
    }
}
