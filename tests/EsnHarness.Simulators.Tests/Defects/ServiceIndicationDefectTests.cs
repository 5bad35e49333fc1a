using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The terminal tells its user at once that service is lost; the device.no-service-shown-late defect tells them 30 s later.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ServiceIndicationDefectTests
{
    [TestCase(false, 1, TestName = "ServiceLost_Faithful_ShownAtOnce")]
    [TestCase(true, 0, TestName = "ServiceLost_ShownLateDefect_NothingShownWithinFiveSeconds")]
    [ShowsDefect("device.no-service-shown-late")]
    public void ServiceLost_FiveSecondsLater_NoticesShown(bool defect, int shownWithin5s)
    {
        var time = new FakeTimeProvider();
        var events = new DeviceEventLog("d1", 16, time);
        var set = defect ? DefectSet.Of([DeviceDefects.NoServiceShownLate.Name]) : DefectSet.None;
        using var indication = new ServiceIndication(events, time, DefectSwitch.Of(set, DeviceDefects.NoServiceShownLate));

        indication.Show(new ConnectivityEvent { Kind = ConnectivityKind.OutOfService });
        time.Advance(TimeSpan.FromSeconds(5));
        var early = Drain(events);
        time.Advance(ServiceIndication.LateBy);
        var late = Drain(events);

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.EqualTo(shownWithin5s));
            Assert.That(early + late, Is.EqualTo(1), "shown once in all");
        });
    }

    [Test]
    public void ServiceLost_BackBeforeTheLateNotice_LossNeverShownAndOnlyLossConsults()
    {
        var time = new FakeTimeProvider();
        var events = new DeviceEventLog("d1", 16, time);
        var set = DefectSet.Of([DeviceDefects.NoServiceShownLate.Name]).Recording();
        using var indication = new ServiceIndication(events, time, DefectSwitch.Of(set, DeviceDefects.NoServiceShownLate));

        indication.Show(new ConnectivityEvent { Kind = ConnectivityKind.LinkChanged });
        var beforeLoss = set.Consulted;
        indication.Show(new ConnectivityEvent { Kind = ConnectivityKind.OutOfService });
        indication.Show(new ConnectivityEvent { Kind = ConnectivityKind.BackInService });
        time.Advance(ServiceIndication.LateBy * 2);
        var kinds = new List<ConnectivityKind>();
        while (events.Reader.TryRead(out var e))
        {
            kinds.Add(e.Connectivity.Kind);
        }

        Assert.Multiple(() =>
        {
            Assert.That(beforeLoss, Is.Empty, "a link change is not a loss of service");
            Assert.That(set.Consulted, Is.EqualTo(new[] { DeviceDefects.NoServiceShownLate.Name }));
            Assert.That(kinds, Is.EqualTo(new[] { ConnectivityKind.LinkChanged, ConnectivityKind.BackInService }));
        });
    }

    private static int Drain(DeviceEventLog events)
    {
        var count = 0;
        while (events.Reader.TryRead(out var e))
        {
            count += e.Connectivity?.Kind == ConnectivityKind.OutOfService ? 1 : 0;
        }

        return count;
    }
}
