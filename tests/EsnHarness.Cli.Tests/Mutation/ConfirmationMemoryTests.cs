using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>One clean re-run per functional scenario confirms its later catches, unless that scenario (or several) failed a re-run.</summary>
[TestFixture]
public sealed class ConfirmationMemoryTests
{
    private const string Floor = "features/voice/floor.feature:12";
    private const string Alert = "features/emergency/alert.feature:30";

    [Test]
    public void NeedsRerun_FirstFailureOfAScenario_True()
    {
        var memory = new ConfirmationMemory();

        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.True);
    }

    [Test]
    public void NeedsRerun_ScenarioPassedARerunBefore_FalseForItOnly()
    {
        var memory = new ConfirmationMemory();
        memory.Record([Floor], []);

        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.False);
        Assert.That(memory.NeedsRerun(Alert, measured: false), Is.True);
    }

    [Test]
    public void NeedsRerun_MeasuredScenarioPassedBefore_StillTrue()
    {
        var memory = new ConfirmationMemory();
        memory.Record([Floor], []);

        Assert.That(memory.NeedsRerun(Floor, measured: true), Is.True);
    }

    [Test]
    public void NeedsRerun_ScenarioFailedARerun_TrueForItEvenAfterItPassesOne()
    {
        var memory = new ConfirmationMemory();
        memory.Record([], [Floor]);
        memory.Record([Floor], []);

        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.True);
        Assert.That(memory.Unreliable, Is.EqualTo(new[] { Floor }));
    }

    [Test]
    public void NeedsRerun_AnotherScenarioFailedARerun_FalseForOneThatPassedItsOwn()
    {
        var memory = new ConfirmationMemory();
        memory.Record([Floor], [Alert]);

        Assert.That(memory.MachineFailing, Is.False);
        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.False);
        Assert.That(memory.NeedsRerun(Alert, measured: false), Is.True);
    }

    [Test]
    public void NeedsRerun_RerunsOfSeveralScenariosFailed_TrueForEveryScenario()
    {
        var memory = new ConfirmationMemory();
        memory.Record([Floor], []);
        var failing = Enumerable.Range(1, ConfirmationMemory.MachineFailingScenarios).Select(i => $"features/data/sds.feature:{i}").ToList();
        memory.Record([], failing.Take(failing.Count - 1));

        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.False);

        memory.Record([], failing.Skip(failing.Count - 1));

        Assert.That(memory.MachineFailing, Is.True);
        Assert.That(memory.NeedsRerun(Floor, measured: false), Is.True);
    }
}
