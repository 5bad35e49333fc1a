using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 15 item 6: esn world lists what a requirement can name, and docs/world.md is what it prints.</summary>
[TestFixture]
public sealed class WorldCommandTests
{
    private const string Regenerate = "dotnet run --project src/EsnHarness.Cli -- world --format md > docs/world.md";

    [Test]
    public async Task World_Catalogue_ListsControlRoomsPlacesToTypeGroupsAndPeople()
    {
        using var cli = new CliHarness();

        var (exitCode, output, error) = await cli.RunAsync("world", "--config", Path.Combine(Repository.Root, "esn.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("LAS EOC       LAS     Waterloo"));
            Assert.That(output, Does.Contain("King's Cross St Pancras"), "a place's name to type");
            Assert.That(output, Does.Contain("Bank station                              Bank"), "with its other names");
            Assert.That(output, Does.Contain("FLON-OPS01"), "a group the catalogue creates");
            Assert.That(output, Does.Contain("Paramedic Okafor"), "a person the catalogue logs on");
        });
    }

    [Test]
    public async Task World_UnknownFormat_ExitsTwoWithOneLine()
    {
        using var cli = new CliHarness();

        var (exitCode, _, error) = await cli.RunAsync("world", "--format", "pdf");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error.Trim(), Does.Contain("--format 'pdf': use text or md"));
        });
    }

    [Test]
    public async Task DocsWorldMd_SameAsTheWorldTheCodeGenerates()
    {
        using var cli = new CliHarness();
        var (exitCode, generated, error) = await cli.RunAsync("world", "--format", "md", "--config", Path.Combine(Repository.Root, "esn.json"));
        var path = Path.Combine(Repository.Root, "docs", "world.md");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(File.Exists(path), Is.True, $"docs/world.md is missing: {Regenerate}");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(generated.ReplaceLineEndings("\n")),
            $"docs/world.md differs from the network model's places or the catalogue's groups and people; regenerate it with: {Regenerate}");
    }
}
