using EsnHarness.Bdd;
using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>Issue 11 (esn mutate within 10x): every defect's functional scenarios run before any measured one, so functional
/// work of one pass never waits behind another pass's measurement, and nothing a defect reached is left out.</summary>
[TestFixture]
public sealed class MutationPlanTests
{
    private static readonly ScenarioResult FloorCall = Result("floor.feature", 10, 3, "@REQ-A");
    private static readonly ScenarioResult Emergency = Result("emergency.feature", 20, 1, "@REQ-B");
    private static readonly ScenarioResult Kpi1 = Result("kpi.feature", 5, 2, "@REQ-C", "@kpi");
    private static readonly ScenarioResult Kpi3 = Result("kpi.feature", 9, 8, "@REQ-D", "@kpi");

    [Test]
    public void Phases_MixedReach_SplitsEachDefectIntoAFunctionalAndAMeasuredPart()
    {
        var (functional, measured) = MutationPlan.Phases([[FloorCall, Kpi1, Emergency, Kpi3]], IsMeasured);

        Assert.That(functional.Single().Scenarios, Is.EqualTo(new[] { FloorCall, Emergency }));
        Assert.That(measured.Single().Scenarios, Is.EqualTo(new[] { Kpi1, Kpi3 }));
        Assert.That(functional.Single().Measured, Is.False);
        Assert.That(measured.Single().Measured, Is.True);
    }

    [Test]
    public void Phases_DefectsOfOneKind_HaveNoPartOfTheOtherKindAndUnreachedHaveNone()
    {
        var (functional, measured) = MutationPlan.Phases([[FloorCall], [Kpi1], []], IsMeasured);

        Assert.That(functional.Select(p => p.Defect), Is.EqualTo(new[] { 0 }));
        Assert.That(measured.Select(p => p.Defect), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Phases_SeveralDefects_CostliestPartFirstInEachPhase()
    {
        var (functional, measured) = MutationPlan.Phases([[Emergency, Kpi1], [FloorCall], [FloorCall, Emergency, Kpi3]], IsMeasured);

        Assert.That(functional.Select(p => p.Defect), Is.EqualTo(new[] { 2, 1, 0 }));
        Assert.That(measured.Select(p => p.Defect), Is.EqualTo(new[] { 2, 0 }));
    }

    [Test]
    public void Phases_AnyReach_EveryReachedScenarioIsRunOnceAgainstItsDefect()
    {
        IReadOnlyList<IReadOnlyList<ScenarioResult>> reached = [[FloorCall, Kpi1, Emergency, Kpi3], [Kpi3], [Emergency, FloorCall]];

        var (functional, measured) = MutationPlan.Phases(reached, IsMeasured);

        for (var defect = 0; defect < reached.Count; defect++)
        {
            var run = functional.Concat(measured).Where(p => p.Defect == defect).SelectMany(p => p.Scenarios);
            Assert.That(run, Is.EquivalentTo(reached[defect]), $"defect {defect}");
        }
    }

    [Test]
    public void PartsAtOnce_FunctionalPhase_ThePasses()
    {
        Assert.That(MutationPlan.PartsAtOnce(measured: false, passes: 4, measuredAtOnce: 6), Is.EqualTo(4));
    }

    [Test]
    public void PartsAtOnce_MeasuredPhase_EnoughToFillTheLaneTwiceOrThePassesIfMore()
    {
        Assert.That(MutationPlan.PartsAtOnce(measured: true, passes: 4, measuredAtOnce: 6), Is.EqualTo(12));
        Assert.That(MutationPlan.PartsAtOnce(measured: true, passes: 20, measuredAtOnce: 6), Is.EqualTo(20));
    }

    private static bool IsMeasured(ScenarioResult result) => result.Pickle.Tags.Contains("@kpi");

    private static ScenarioResult Result(string uri, int line, int seconds, params string[] tags) =>
        new(new DiscoveredPickle($"{uri}:{line}", uri, line, "scenario", tags, "feature", new Dictionary<string, string>(), 0), ScenarioStatus.Passed, 1, null, null, TimeSpan.FromSeconds(seconds));
}
