using EsnHarness.Bdd;

namespace EsnHarness.Cli.Tests.Support;

/// <summary>Steps for the CLI tests' small features, loaded with <c>--bindings</c> like a supplier's own step assembly.</summary>
[Binding]
public sealed class CliTestSteps(IOutputHelper output)
{
    [Given("a passing step")]
    public static void Passing()
    {
    }

    [Given("a step that fails with {string}")]
    public static void Failing(string message) => throw new InvalidOperationException(message);

    [Given("a step that attaches {string}")]
    public void Attaching(string text) => output.Attach(text, "text/plain");
}
