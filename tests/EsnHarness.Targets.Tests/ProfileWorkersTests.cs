namespace EsnHarness.Targets.Tests;

/// <summary>A profile's "workers": how many of its scenarios run at once (e.g. fewer for a profile that drives web consoles in a
/// browser), before esn.json's top-level "workers".</summary>
public sealed class ProfileWorkersTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("esn-workers-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Resolve_ProfileWithWorkers_ItsOwnCountBesideTheTopLevelOne()
    {
        var settings = Load("""{ "workers": 16, "profiles": { "screens": { "workers": 4, "roles": {} } } }""");

        var profile = ProfileResolver.Resolve(settings, new Dictionary<string, string>(), new ProfileOverrides("screens", new Dictionary<string, string>()));

        Assert.Multiple(() =>
        {
            Assert.That(profile.Workers, Is.EqualTo(4));
            Assert.That(settings.Workers, Is.EqualTo(16));
        });
    }

    [Test]
    public void Resolve_ProfileWithoutWorkers_SaysNothing()
    {
        var settings = Load("""{ "workers": 16, "profiles": { "plain": { "roles": {} } } }""");

        var profile = ProfileResolver.Resolve(settings, new Dictionary<string, string>(), new ProfileOverrides("plain", new Dictionary<string, string>()));

        Assert.That(profile.Workers, Is.Null);
    }

    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("\"four\"")]
    [TestCase("2.5")]
    public void Load_BadProfileWorkers_OneLineNamingTheField(string workers)
    {
        var error = Assert.Throws<ProfileException>(() => Load($$"""{ "profiles": { "lab": { "workers": {{workers}} } } }"""));

        Assert.That(error!.Problems, Has.Some.EqualTo("esn.json: profiles.lab.workers: must be a whole number, 1 or more"));
    }

    private HarnessSettings Load(string json)
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, json);
        return SettingsLoader.Load(path);
    }
}
