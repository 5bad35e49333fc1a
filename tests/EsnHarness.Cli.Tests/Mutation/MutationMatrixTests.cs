using System.Text.Json.Nodes;
using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>An unconfirmed failure is reported with its doubt but counts for nothing: no defect caught, no scenario catching.</summary>
[TestFixture]
public sealed class MutationMatrixTests
{
    private static readonly ReferenceDefect Defect = DefectCatalogue.All[0];
    private static readonly ScenarioRef Scenario = new("features/data/sds.feature:114", "An SDS arrives", "REQ-T-001", []);

    [Test]
    public void Success_OnlyAnUnconfirmedFailure_DefectSurvivesAndScenarioCatchesNone()
    {
        var doubt = new Catch(Defect.Name, Scenario.Location, Scenario.Requirement, "Then it arrives within 1000 ms", "1146 ms", Doubt: "passed a second run with the defect: the failure did not reproduce");
        var matrix = Matrix(new DefectOutcome(Defect, [Scenario.Location], [], TimeSpan.FromSeconds(1), [doubt]));

        Assert.That(matrix.Success, Is.False);
        Assert.That(matrix.Survivors.Select(d => d.Defect.Name), Is.EqualTo(new[] { Defect.Name }));
        Assert.That(matrix.CatchingNone, Is.EqualTo(new[] { Scenario }));
    }

    [Test]
    public void ToJson_UnconfirmedFailure_WrittenWithItsDoubtAndCounted()
    {
        var doubt = new Catch(Defect.Name, Scenario.Location, Scenario.Requirement, "Then it arrives within 1000 ms", "1146 ms", Doubt: "failed again without the defect");
        var json = JsonNode.Parse(Matrix(new DefectOutcome(Defect, [Scenario.Location], [], TimeSpan.FromSeconds(1), [doubt])).ToJson())!;

        Assert.That(json["summary"]!["unconfirmed"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["defects"]![0]!["unconfirmed"]![0]!["doubt"]!.GetValue<string>(), Is.EqualTo("failed again without the defect"));
        Assert.That(json["defects"]![0]!["caught"]!.GetValue<bool>(), Is.False);
    }

    private static MutationMatrix Matrix(DefectOutcome outcome) =>
        new("reference", [Scenario], [], [], [outcome], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
}
