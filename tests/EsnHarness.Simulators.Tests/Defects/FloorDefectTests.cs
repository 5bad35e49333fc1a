using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Tests.FloorControl;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Floor-control defects of the reference MCX, each against the faithful behaviour.</summary>
public sealed class FloorDefectTests
{
    private static readonly string[] Crew = ["a", "b", "c", "d"];

    [TestCase(false, "b", TestName = "FloorQueue_Faithful_FirstQueuedGrantedFirst")]
    [TestCase(true, "c", TestName = "FloorQueue_LifoDefect_LastQueuedGrantedFirst")]
    [ShowsDefect("mcx.floor-queue-lifo")]
    public void FloorQueue_TwoEqualRequestsQueued_GrantOrder(bool defect, string grantedFirst)
    {
        var h = new ArbitratorHarness(Options(defect ? McxDefects.FloorQueueLifo : null), Crew);
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Normal());

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Arbitrator.Talker, Is.EqualTo(grantedFirst));
    }

    private static ArbitratorOptions Options(Defect? defect) =>
        new(new FloorTimers(), Defects: defect is null ? DefectSet.None : DefectSet.Of([defect.Name]));
}
