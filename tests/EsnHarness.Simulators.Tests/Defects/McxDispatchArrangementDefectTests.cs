using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>A dispatcher another service authorised (dispatch_for_agencies) answers that service's groups; the defect
/// that ignores the arrangement, against the faithful behaviour.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxDispatchArrangementDefectTests
{
    [TestCase(false, StatusCode.OK, TestName = "Affiliate_Faithful_AuthorisedMetccDispatcherMonitorsTheLasGroup")]
    [TestCase(true, StatusCode.PermissionDenied, TestName = "Affiliate_DispatchArrangementIgnoredDefect_AuthorisedMetccDispatcherRefused")]
    [ShowsDefect("mcx.dispatch-arrangement-ignored")]
    public async Task Affiliate_MetccDispatcherAuthorisedByLas_Outcome(bool defect, StatusCode outcome)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? McxDefects.DispatchArrangementIgnored : null);
        await s.GroupAsync("LAS-SECTOR", g => g.Agency = Agency.Las);
        using var metcc = await McxProbe.RegisterAsync(s, "metcc", Agency.Mps, "dispatcher", "");
        await s.Config.PatchUserProfileAsync(new PatchUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = metcc.McpttId }, DispatchForAgencies = { Agency.Las } },
            UpdateMask = new FieldMask { Paths = { "dispatch_for_agencies" } },
        }, s.Headers);

        var status = StatusCode.OK;
        try
        {
            await metcc.AffiliateAsync("LAS-SECTOR");
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
        }

        Assert.That(status, Is.EqualTo(outcome));
    }

    [Test]
    public async Task Affiliate_MetccDispatcherWithoutAnArrangement_Refused()
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, null);
        await s.GroupAsync("LAS-SECTOR", g => g.Agency = Agency.Las);
        using var metcc = await McxProbe.RegisterAsync(s, "metcc", Agency.Mps, "dispatcher", "");

        var e = Assert.ThrowsAsync<RpcException>(() => metcc.AffiliateAsync("LAS-SECTOR"));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
    }
}
