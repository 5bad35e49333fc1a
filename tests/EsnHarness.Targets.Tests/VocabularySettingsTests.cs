namespace EsnHarness.Targets.Tests;

/// <summary>esn.json's "vocabulary": the words reports read tags with, each list optional.</summary>
public sealed class VocabularySettingsTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("esn-vocabulary-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_VocabularyGiven_ListsAsWrittenAndTheRestUnset()
    {
        var settings = Load("""{ "vocabulary": { "agencies": ["BTP", "COLP"], "capabilities": ["underground", "voice"] } }""");

        Assert.Multiple(() =>
        {
            Assert.That(settings.Vocabulary.Agencies, Is.EqualTo(new[] { "BTP", "COLP" }));
            Assert.That(settings.Vocabulary.Capabilities, Is.EqualTo(new[] { "underground", "voice" }));
            Assert.That(settings.Vocabulary.Priorities, Is.Null);
            Assert.That(settings.Vocabulary.SourcePrefixes, Is.Null);
        });
    }

    [Test]
    public void Load_NoVocabulary_NothingSet() =>
        Assert.That(Load("{}").Vocabulary, Is.EqualTo(VocabularySettings.None));

    [TestCase("""{ "agencies": "MPS" }""", "vocabulary.agencies: must be a non-empty array of strings")]
    [TestCase("""{ "priorities": [] }""", "vocabulary.priorities: must be a non-empty array of strings")]
    [TestCase("""{ "agencies": ["@MPS"] }""", "vocabulary.agencies: '@MPS': write each without '@' and not empty")]
    [TestCase("""{ "agency": ["MPS"] }""", "vocabulary.agency: unknown field (known here: agencies, priorities, capabilities, sources)")]
    public void Load_BadVocabulary_OneLineNamingTheField(string vocabulary, string expected)
    {
        var error = Assert.Throws<ProfileException>(() => Load($$"""{ "vocabulary": {{vocabulary}} }"""));

        Assert.That(error!.Problems, Is.EqualTo(new[] { "esn.json: " + expected }));
    }

    private HarnessSettings Load(string json)
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, json);
        return SettingsLoader.Load(path);
    }
}
