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

    [Given("a step that runs until the run is stopped")]
    public async Task RunUntilStopped(CancellationToken cancellationToken)
    {
        output.WriteLine("running until stopped");
        await Task.Delay(Timeout.Infinite, cancellationToken); // ok: this step's only way to end is the run being stopped
    }

    [Given("the folder {string} is replaced by a file")]
    public static void ReplaceFolder(string path)
    {
        Directory.Delete(path, recursive: true);
        File.WriteAllText(path, "in the way");
    }

    /// <summary>Clean-up that must still run when the run is interrupted; what it saw ends up in the reports.</summary>
    [AfterScenario("@cleanup")]
    public void CleanUp(CancellationToken cancellationToken) =>
        output.Attach($"clean-up ran with {(cancellationToken.IsCancellationRequested ? "a cancelled" : "a live")} token", "text/plain", "cleanup.txt");
}
