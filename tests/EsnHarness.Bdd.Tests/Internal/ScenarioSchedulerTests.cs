using EsnHarness.Bdd.Internal;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Internal;

public sealed class ScenarioSchedulerTests
{
    [Test]
    public void Pick_ExclusiveNameHeld_SkipsThatScenarioAndStartsLaterOnes()
    {
        var queue = Plans(("Db1", "@exclusive:db"), ("Db2", "@exclusive:db"), ("Free", null));

        var first = ScenarioScheduler.Pick(queue, [], 4);
        var whileDb1Runs = ScenarioScheduler.Pick(queue, first, 4);
        var afterDb1 = ScenarioScheduler.Pick(queue, [first[1]], 4);

        Assert.That(Names(first), Is.EqualTo(new[] { "Db1", "Free" }));
        Assert.That(whileDb1Runs, Is.Empty);
        Assert.That(Names(afterDb1), Is.EqualTo(new[] { "Db2" }));
    }

    [Test]
    public void Pick_SerialScenario_WaitsForRunningOnesAndRunsAlone()
    {
        var queue = Plans(("A", null), ("Serial", "@serial"), ("B", null));

        var first = ScenarioScheduler.Pick(queue, [], 4);
        var whileARuns = ScenarioScheduler.Pick(queue, first, 4);
        var alone = ScenarioScheduler.Pick(queue, [], 4);
        var whileSerialRuns = ScenarioScheduler.Pick(queue, alone, 4);
        var last = ScenarioScheduler.Pick(queue, [], 4);

        Assert.That(Names(first), Is.EqualTo(new[] { "A" }));
        Assert.That(whileARuns, Is.Empty);
        Assert.That(Names(alone), Is.EqualTo(new[] { "Serial" }));
        Assert.That(whileSerialRuns, Is.Empty);
        Assert.That(Names(last), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void Pick_WorkerLimit_StartsAtMostThatMany()
    {
        var queue = Plans(("A", null), ("B", null), ("C", null));

        var first = ScenarioScheduler.Pick(queue, [], 2);

        Assert.That(Names(first), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(Names(queue), Is.EqualTo(new[] { "C" }));
    }

    private static List<TestCasePlan> Plans(params (string Name, string? Tag)[] specs) =>
        specs.Select((s, i) =>
        {
            var info = new DiscoveredPickle(s.Name, "f.feature", i + 1, s.Name, s.Tag is null ? [] : [s.Tag], "F", new Dictionary<string, string>(), 0);
            return new TestCasePlan(s.Name, new LoadedPickle(null!, info, new HashSet<int>(), new Dictionary<string, string>()), [], null!);
        }).ToList();

    private static IEnumerable<string> Names(IEnumerable<TestCasePlan> plans) => plans.Select(p => p.Id);
}
