using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>A defect split into a functional and a measured part reports once, with the catches of both parts.</summary>
[TestFixture]
public sealed class DefectTallyTests
{
    private static readonly ReferenceDefect Defect = DefectCatalogue.All[0];

    [Test]
    public void Add_TwoParts_OutcomeOnlyAfterTheLastWithBothPartsCatches()
    {
        var tally = new DefectTally(Defect, ["b.feature:9", "a.feature:3"], parts: 2);

        var first = tally.Add([CatchAt("b.feature:9")], [], TimeSpan.FromSeconds(2));
        var last = tally.Add([CatchAt("a.feature:3")], [CatchAt("c.feature:1")], TimeSpan.FromSeconds(3));

        Assert.That(first, Is.Null);
        Assert.That(last!.Catches.Select(c => c.Scenario), Is.EqualTo(new[] { "a.feature:3", "b.feature:9" }));
        Assert.That(last.Unconfirmed!.Select(c => c.Scenario), Is.EqualTo(new[] { "c.feature:1" }));
        Assert.That(last.Reachable, Is.EqualTo(new[] { "a.feature:3", "b.feature:9" }));
        Assert.That(last.Duration, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Outcome_NoScenarioReachesIt_NotCaught()
    {
        var tally = new DefectTally(Defect, [], parts: 0);

        Assert.That(tally.Outcome.Caught, Is.False);
        Assert.That(tally.Outcome.Reachable, Is.Empty);
    }

    [Test]
    public void OutsideReach_CatchByAScenarioThatDidNotReachIt_OnlyThatCatch()
    {
        var tally = new DefectTally(Defect, ["a.feature:3"], parts: 1);

        var outcome = tally.Add([CatchAt("a.feature:3"), CatchAt("z.feature:40")], [], TimeSpan.FromSeconds(1));

        Assert.That(outcome!.OutsideReach.Select(c => c.Scenario), Is.EqualTo(new[] { "z.feature:40" }));
    }

    private static Catch CatchAt(string scenario) => new(Defect.Name, scenario, "REQ-T-001", "Then it holds", "it did not");
}
