using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

[TestFixture]
public sealed class ListAndCheckCommandTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task List_TagFilter_OneLinePerPickleWithUriLineNameTags()
    {
        _cli.Write("features/a.feature", """
            Feature: A
              @REQ-A-001 @must @LAS
              Scenario: ambulance
                Given a passing step
              @REQ-A-002 @must @MPS
              Scenario Outline: police <n>
                Given a passing step
                Examples:
                  | n |
                  | 1 |
                  | 2 |
            """);

        var (exitCode, output, _) = await _cli.RunAsync("list", "--bindings", CliHarness.BindingsAssembly, "--tags", "@MPS");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output.TrimEnd().Split('\n'), Is.EqualTo(new[]
        {
            "features/a.feature:10\tpolice 1 (row 1: n=1)\t@REQ-A-002 @must @MPS",
            "features/a.feature:11\tpolice 2 (row 2: n=2)\t@REQ-A-002 @must @MPS",
        }));
    }

    [Test]
    public async Task Check_MissingIdDuplicateIdAndUndefinedStep_ExitsOneListingEach()
    {
        _cli.Write("features/a.feature", """
            Feature: A
              @must @london-assumption
              Scenario: no id
                Given a passing step
              @REQ-A-001 @must @london-assumption
              Scenario: first owner
                Given a passing step
              @REQ-A-001 @london-assumption
              Scenario: second owner without priority
                Given a step nobody wrote
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check", "--bindings", CliHarness.BindingsAssembly);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("features/a.feature:3: scenario 'no id' has no requirement ID tag"));
        Assert.That(output, Does.Contain("features/a.feature:9: scenario 'second owner without priority' has no priority tag"));
        Assert.That(output, Does.Contain("features/a.feature:9: requirement ID @REQ-A-001 is also used by the scenario at features/a.feature:6"));
        Assert.That(output, Does.Contain("features/a.feature:9: undefined step: Given a step nobody wrote\n    Add a step definition such as:\n    [Given(\"a step nobody wrote\")]\n    public void GivenAStepNobodyWrote()\n    {\n        throw new PendingStepException();\n    }\n"), "the whole explanation, not its first line");
        Assert.That(output, Does.Contain("esn check: 4 problems in 3 scenarios"));
    }

    [Test]
    public async Task Check_CleanOutlineSharingItsId_ExitsZero()
    {
        _cli.Write("features/a.feature", """
            Feature: A
              @REQ-A-001 @must @3gpp-24.380-7.2
              Scenario Outline: rows share the outline's ID <n>
                Given a passing step
                Examples:
                  | n |
                  | 1 |
                  | 2 |
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check", "--bindings", CliHarness.BindingsAssembly);

        Assert.That(exitCode, Is.EqualTo(0), output);
    }

    [Test]
    public async Task Steps_Markdown_ListsEveryPatternOfTheBindings()
    {
        var (exitCode, output, _) = await _cli.RunAsync("steps", "--format", "md", "--bindings", CliHarness.BindingsAssembly);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("### CliTest"));
        Assert.That(output, Does.Contain("| `Given a step that fails with {string}` |"));
    }

    [Test]
    public async Task StubsCheck_BrokenMapping_ExitsTwoNamingTheFile()
    {
        _cli.Write("stubs/cad/broken.json", "{ \"Title\": \"x\", \"Request\": ");

        var (exitCode, _, error) = await _cli.RunAsync("stubs", "check", "stubs");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("broken.json"));
    }

    [Test]
    public async Task StubsServe_UnknownDefect_ExitsTwoWithOneLineNamingIt()
    {
        _cli.Write("stubs/cad/ok.json", """{ "Title": "ok", "Request": { "Path": "/cad/ok", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");

        var (exitCode, output, error) = await _cli.RunAsync("stubs", "serve", "stubs", "--defect", "cad.forgets-everything");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1).And.One.Contains("unknown stub defect 'cad.forgets-everything'"));
        Assert.That(output, Does.Not.Contain("serving"));
    }

    [Test]
    public async Task ProfileShow_SecretFromEnvironment_NeverPrinted()
    {
        _cli.Write("esn.json", """{ "profiles": { "agency": { "roles": { "cad": { "url": "https://cad.example", "credentials": { "username": "u", "passwordEnv": "CAD_PW" } } } } } }""");
        _cli.Environment["CAD_PW"] = "hunter2-secret";

        var (exitCode, output, _) = await _cli.RunAsync("profile", "show", "agency");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("cad          https://cad.example/").And.Contain("password=*** (env CAD_PW)"));
        Assert.That(output, Does.Not.Contain("hunter2-secret"));
    }

    [Test]
    public async Task ProfileShow_ProfileWithProblems_PrintsTheProfileThenEachProblemAndExitsTwo()
    {
        _cli.Write("esn.json", """{ "profiles": { "agency": { "description": "Agency test MCX", "roles": { "mcx": { "url": "https://mcx.agency.example:8443", "tls": { "caBundle": "missing-ca.pem" } }, "cad": { "url": "https://cad.example", "credentials": { "username": "u", "passwordEnv": "CAD_PW" } } } } } }""");

        var (exitCode, output, error) = await _cli.RunAsync("profile", "show", "agency");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.EqualTo(
            "profile agency: Agency test MCX\n"
            + "  mcx          https://mcx.agency.example:8443  (esn.json)\n"
            + "    tls: ca=missing-ca.pem\n"
            + "  cad          https://cad.example  (esn.json)\n"
            + "    credentials: user=u password=*** (env CAD_PW)\n"
            + "  embedded: network, device, interworking, controlRoom, cadGateway, mdm, idms, gms, cms, kms, avl\n"));
        Assert.That(error.TrimEnd().Split('\n'), Is.EqualTo(new[]
        {
            "esn: 2 problems with this profile:",
            "esn: profile 'agency': mcx: CA bundle file 'missing-ca.pem' does not exist",
            "esn: profile 'agency': cad: environment variable CAD_PW is named for a secret but is not set",
        }));
    }
}
