using System.Xml.Linq;
using EsnHarness.Cli.Tests.Support;
using EsnHarness.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>
/// Issue 7: the harness against "an agency's systems": <c>esn sim</c> in its own process with mutual TLS, certificates made
/// by the test, and a profile pointing every gRPC role at it. Runs a part of the real catalogue.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ExternalTargetTests
{
    /// <summary>The floor-control feature's scenarios that are not @wip.</summary>
    private const int Scenarios = 5;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private static readonly string FloorControl = Path.Combine(Repository.Features, "voice", "floor-control.feature");
    private TestCertificates _certificates = null!;
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _certificates = TestCertificates.Create();
        _cli = new CliHarness();
    }

    [TearDown]
    public void TearDown()
    {
        _cli.Dispose();
        _certificates.Dispose();
    }

    [Test]
    public async Task Run_ProfilePointsAtMutualTlsSimulatorProcess_ResultsMatchEmbeddedRun()
    {
        await using var simulator = StartSimulator();
        var address = await AddressOfAsync(simulator);
        WriteProfile(address);

        var external = await _cli.RunAsync("run", "--profile", "agency", "--features", FloorControl, "--format", "message:external.ndjson");
        var embedded = await _cli.RunAsync("run", "--profile", "reference", "--features", FloorControl, "--format", "message:embedded.ndjson");

        Assert.That(external.ExitCode, Is.EqualTo(0), external.Output + external.Error);
        Assert.That(embedded.ExitCode, Is.EqualTo(0), embedded.Output + embedded.Error);
        var externalOutcomes = MessageOutcomes.Read(_cli.Path("external.ndjson"));
        Assert.That(externalOutcomes, Has.Count.EqualTo(Scenarios));
        Assert.That(externalOutcomes, Is.EquivalentTo(MessageOutcomes.Read(_cli.Path("embedded.ndjson"))));
        Assert.That(File.ReadAllText(_cli.Path("external.ndjson")), Does.Contain($"\\\"mcx\\\":\\\"{address}"), "the run info names the external MCX");
    }

    [Test]
    public async Task Run_SimulatorStoppedMidRun_AffectedScenariosFailNamingEndpointAndReportsStayComplete()
    {
        var simulator = StartSimulator();
        await using (simulator)
        {
            var address = await AddressOfAsync(simulator);
            WriteProfile(address);
            await using var run = CliProcess.Start(_cli.Folder, "run", "--profile", "agency", "--features", FloorControl, "--workers", "1",
                "--format", "message:run.ndjson", "--format", "junit:junit.xml", "--format", "html:doc.html");

            await run.WaitForLineAsync(line => line.TrimStart().StartsWith("passed", StringComparison.Ordinal), Deadline);
            simulator.Kill();
            var exitCode = await run.WaitForExitAsync(Deadline);

            Assert.That(exitCode, Is.EqualTo(1), run.Output);
            Assert.That(run.Output, Does.Contain("FAILED"));
            Assert.That(run.Output, Does.Contain($"endpoint {address} is unreachable"), "a failure names the endpoint that went away");
        }

        var ndjson = File.ReadAllLines(_cli.Path("run.ndjson"));
        Assert.That(ndjson.Count(line => line.Contains("\"testCaseFinished\"", StringComparison.Ordinal)), Is.EqualTo(Scenarios));
        Assert.That(ndjson[^1], Does.Contain("\"testRunFinished\""));
        Assert.That(XDocument.Load(_cli.Path("junit.xml")).Descendants("testcase").Count(), Is.EqualTo(Scenarios));
        Assert.That(File.ReadAllText(_cli.Path("doc.html")), Does.Contain("floor"));
    }

    private CliProcess StartSimulator() => CliProcess.Start(Repository.Root, "sim",
        "--cert", _certificates.ServerPem, "--key", _certificates.ServerKey, "--client-ca", _certificates.CaPem,
        "--upstream-cert", _certificates.ClientPem, "--upstream-key", _certificates.ClientKey, "--upstream-ca", _certificates.CaPem);

    private static async Task<Uri> AddressOfAsync(CliProcess simulator)
    {
        const string prefix = "esn sim: listening on ";
        var line = await simulator.WaitForLineAsync(text => text.StartsWith(prefix, StringComparison.Ordinal), Deadline);
        return new Uri(line[prefix.Length..].Split(' ')[0]);
    }

    private void WriteProfile(Uri simulator)
    {
        var tls = $$"""{ "caBundle": "{{_certificates.CaPem}}", "clientCertificate": "{{_certificates.ClientPem}}", "clientKey": "{{_certificates.ClientKey}}" }""";
        var roles = string.Join(",\n", new[] { "mcx", "network", "device", "interworking", "controlRoom" }
            .Select(role => $$"""      "{{role}}": { "url": "{{simulator}}", "tls": {{tls}} }"""));
        _cli.Write("esn.json", $$"""
            {
              "features": ["{{Repository.Features}}"],
              "stubs": "{{Path.Combine(Repository.Root, "stubs")}}",
              "tags": "not @wip",
              "profiles": { "agency": { "description": "esn sim in its own process, mutual TLS", "roles": {
            {{roles}}
              } } }
            }
            """);
    }
}
