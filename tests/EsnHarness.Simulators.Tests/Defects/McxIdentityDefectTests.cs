using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Defects of the reference MCX service's token checks (TS 33.180 §5.1), each against the faithful behaviour.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxIdentityDefectTests
{
    [TestCase(false, StatusCode.Unauthenticated, 1, TestName = "ForgedToken_Faithful_RefusedAfterAskingTheIdms")]
    [TestCase(true, StatusCode.OK, 0, TestName = "ForgedToken_NotIntrospectedDefect_AdmittedWithoutAskingTheIdms")]
    [ShowsDefect("mcx.token-not-introspected")]
    public async Task Register_WithATokenTheIdmsNeverIssued_Outcome(bool defect, StatusCode outcome, int introspections)
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? McxIdentityDefects.TokenNotIntrospected : null);
        await s.Config.SetIdentityServiceAsync(new IdentityService { IntrospectionUrl = idms.IntrospectionUrl.ToString(), RequireToken = true }, s.Headers);

        var status = StatusCode.OK;
        try
        {
            await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:forger@esn" }, AccessToken = "esn-at-forged" }, s.Headers);
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
        }

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(idms.Introspections, Is.EqualTo(introspections));
        });
    }
}
