using EsnHarness.Bdd;
using EsnHarness.Steps.Bindings;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>
/// Places through the network contract only: every place the catalogue names exists in the model with a modelled radio
/// path (never the ideal lab link), and an unknown place is an error naming the closest ones.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class NetworkDriverTests
{
    /// <summary>Places the step library names itself (control-room consoles, the CAD gateway, "loses coverage").</summary>
    private static readonly string[] StepLibraryPlaces = ["Lambeth", "Merton", "Waterloo", "no-coverage-basement"];

    private EmbeddedSimulators _simulators = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _simulators = await EmbeddedSimulators.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _simulators.DisposeAsync();

    [Test]
    public async Task ResolveAsync_EveryPlaceTheCatalogueNames_AModelledRadioPathNeverATestPlace()
    {
        var names = (await PlacesInFeaturesAsync()).Concat(StepLibraryPlaces).Distinct(StringComparer.Ordinal).ToList();
        var network = Network();
        var problems = new List<string>();

        foreach (var name in names)
        {
            try
            {
                var place = await network.ResolveAsync(new PlaceName(name));
                if (place.IsTest || (place.Coverage != Coverage.NoCoverage && (place.CellId.Length == 0 || place.LatencyMs <= 0)))
                {
                    problems.Add($"\"{name}\" -> {place.PlaceId} models no radio path (test place {place.IsTest}, cell '{place.CellId}', {place.LatencyMs} ms)");
                }
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Count.GreaterThan(20), "the dry run found the catalogue's places");
            Assert.That(names, Does.Contain("Soho fire station").And.Contain("King's Cross St Pancras").And.Contain("the Thames at Wapping"));
            Assert.That(problems, Is.Empty);
        });
    }

    [Test]
    public async Task ResolveAsync_UnknownPlace_ArgumentExceptionNamingTheClosestNames()
    {
        var network = Network();

        var error = Assert.ThrowsAsync<ArgumentException>(async () => await network.ResolveAsync(new PlaceName("Soho fire stn")));

        Assert.That(error!.Message, Does.Contain("knows no place \"Soho fire stn\"").And.Contain("\"Soho fire station\""));
    }

    [Test]
    public async Task AirPlaceOverAsync_Westminster_TheCentralLondonAirspace()
    {
        var network = Network();

        var air = await network.AirPlaceOverAsync(new PlaceName("Westminster"));
        var place = await network.ResolveAsync(air);

        Assert.Multiple(() =>
        {
            Assert.That(air.Value, Is.EqualTo("ESN Air over central London"));
            Assert.That(place.Coverage, Is.EqualTo(Coverage.AirToGround));
        });
    }

    private NetworkDriver Network() =>
        new(new EsnSession(_simulators.Target, new ScenarioContext("network driver", [], new Dictionary<string, string>(), "Network", "test.feature", 1)), new RecordingOutput());

    /// <summary>Every {place} argument and "place" table cell of every pickle under features/, from a dry run of the real bindings.</summary>
    private static async Task<IReadOnlyList<string>> PlacesInFeaturesAsync()
    {
        var root = RepositoryRoot();
        var messages = new EnvelopeCollector();
        await new GherkinRunner().RunAsync(new GherkinRunOptions
        {
            FeaturePaths = [Path.Combine(root, "features")],
            BaseDirectory = root,
            BindingAssemblies = [typeof(CoverageSteps).Assembly],
            DryRun = true,
        }, [messages]);

        var arguments = messages.Envelopes.Where(e => e.TestCase is not null)
            .SelectMany(e => e.TestCase!.TestSteps)
            .SelectMany(s => s.StepMatchArgumentsLists ?? [])
            .SelectMany(l => l.StepMatchArguments)
            .Where(a => a.ParameterTypeName == "place")
            .Select(a => a.Group.Value!.Trim('"'));
        var tables = messages.Envelopes.Where(e => e.Pickle is not null)
            .SelectMany(e => e.Pickle!.Steps)
            .Select(s => s.Argument?.DataTable)
            .Where(t => t is not null && t.Rows.Count > 1)
            .SelectMany(t =>
            {
                var column = t!.Rows[0].Cells.FindIndex(c => c.Value == "place");
                return column < 0 ? [] : t.Rows.Skip(1).Select(r => r.Cells[column].Value);
            });
        return [.. arguments.Concat(tables).Distinct(StringComparer.Ordinal)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EsnHarness.sln not found above the test directory");
    }
}
