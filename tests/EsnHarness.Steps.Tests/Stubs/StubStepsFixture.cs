using EsnHarness.Bdd;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using NUnit.Framework;

namespace EsnHarness.Steps.Tests.Stubs;

/// <summary>A real stub host over the repository's stubs/ in the run context, and a fresh <see cref="ScenarioStubs"/>
/// per test, as the runner would inject them.</summary>
public abstract class StubStepsFixture
{
    private StubHost? _host;

    protected TestRunContext Run { get; } = new();

    protected ScenarioStubs Stubs { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await StubHost.StartAsync(FindStubs());
        Run.Set<IStubSessionSource>(_host);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [SetUp]
    public void NewScenario() => Stubs = new ScenarioStubs(Run);

    [TearDown]
    public async Task EndScenario() => await Stubs.DisposeAsync();

    protected static DataTable Table(params string[][] rows) => new(rows);

    private static string FindStubs()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return Path.Combine(dir.FullName, "stubs");
            }
        }

        throw new DirectoryNotFoundException("stubs/ not found");
    }
}
