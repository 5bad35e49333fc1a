using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 15 item 8: docs/steps.md is what <c>esn steps --format md</c> prints for the built-in step library, never a stale copy.</summary>
[TestFixture]
public sealed class StepGlossaryDocTests
{
    private const string Regenerate = "dotnet run --project src/EsnHarness.Cli -- steps --format md > docs/steps.md";

    [Test]
    public async Task DocsStepsMd_SameAsTheGlossaryTheCodeGenerates()
    {
        using var cli = new CliHarness();
        var (exitCode, generated, error) = await cli.RunAsync("steps", "--format", "md");
        var path = Path.Combine(Repository.Root, "docs", "steps.md");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(File.Exists(path), Is.True, $"docs/steps.md is missing: {Regenerate}");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(generated.ReplaceLineEndings("\n")),
            $"docs/steps.md differs from the step definitions; regenerate it with: {Regenerate}");
    }

    [Test]
    public async Task StepsMarkdown_EveryParameterTypeAnExpressionUses_ListedWithItsCSharpType()
    {
        using var cli = new CliHarness();

        var (_, markdown, _) = await cli.RunAsync("steps", "--format", "md");

        Assert.That(markdown, Does.Contain("| `{user}` | text in double quotes | `UserName` |"));
        Assert.That(markdown, Does.Contain("| `{agency}` | one of MPS, LFB, LAS, BTP or COLP | `Agency` |"));
        Assert.That(markdown, Does.Not.Contain("`{Agency}`"), "an enum no expression names is not a parameter type a writer uses");
    }
}
