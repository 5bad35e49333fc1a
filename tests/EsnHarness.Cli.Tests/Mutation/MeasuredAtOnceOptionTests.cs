using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>--measured-at-once (esn run, esn mutate): a count below one is a usage error naming the option.</summary>
[TestFixture]
public sealed class MeasuredAtOnceOptionTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Write("features/calls.feature", """
            Feature: Calls
              @REQ-T-001 @must @LAS
              Scenario: ambulance call
                Given a passing step
            """);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [TestCase("run")]
    [TestCase("mutate")]
    public async Task MeasuredAtOnce_Zero_UsageErrorNamingTheOption(string command)
    {
        var (exitCode, output, error) = await _cli.RunAsync(command, "--bindings", CliHarness.BindingsAssembly, "--measured-at-once", "0");

        Assert.That(exitCode, Is.EqualTo(2), output + error);
        Assert.That(error, Does.Contain("--measured-at-once 0: must be 1 or more"));
    }
}
