using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The control-plane SDS limit defect against the faithful behaviour (TS 24.282 §9.2).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxSdsPlaneDefectTests
{
    [TestCase(false, SdsPlane.Media, TestName = "SendSds_Faithful_AboveTheControlPlaneLimitOverTheMediaPlane")]
    [TestCase(true, SdsPlane.Signalling, TestName = "SendSds_ControlPlaneLimitIgnoredDefect_AboveTheLimitStillOnSignalling")]
    [ShowsDefect("mcx.sds-control-plane-limit-ignored")]
    public async Task SendSds_AboveTheControlPlaneLimit_Plane(bool defect, SdsPlane expected)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? McxDefects.SdsControlPlaneLimitIgnored : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = a.McpttId }, MaxSdsSizeBytes = 50_000, MaxSdsControlPlaneBytes = 1000 },
        }, s.Headers);

        await s.Devices.SendSdsAsync(new EsnHarness.Contracts.Device.V1.SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = new string('x', 40_000) }, s.Headers);
        var received = await b.WaitForAsync(e => e.Message is not null, "SDS received");

        Assert.Multiple(() =>
        {
            Assert.That(received.Message.Message.Plane, Is.EqualTo(expected));
            Assert.That(received.Message.Message.Payload.Length, Is.EqualTo(40_000), "delivered whole either way");
        });
    }
}
