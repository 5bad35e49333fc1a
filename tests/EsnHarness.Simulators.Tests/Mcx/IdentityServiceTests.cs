using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class IdentityServiceTests
{
    [Test]
    public async Task Register_NoTokenWhenRequired_UnauthenticatedNamingTheIdms()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.RegisterAsync(new RegisterRequest { Identity = Identity("a") }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.Status.Detail, Does.Contain("access_token").And.Contain("IdMS"));
    }

    [Test]
    public async Task PowerOn_TokenTheIdmsNeverIssued_UnauthenticatedInvalidTokenAndTerminalStaysOff()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PowerOnAsync(
            new PowerOnRequest { DeviceId = "a", PlaceId = "ideal-lab", Identity = Identity("a"), AccessToken = "forged" }, s.Headers));
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
            Assert.That(error.Status.Detail, Does.Contain("invalid token"));
            Assert.That(state.PoweredOn, Is.False);
            Assert.That(idms.Introspections, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Register_TokenIssuedToAnotherUser_Unauthenticated()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);
        var token = idms.Issue("sip:b@esn");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.RegisterAsync(new RegisterRequest { Identity = Identity("a"), AccessToken = token }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.Status.Detail, Does.Contain("issued it to 'sip:b@esn'"));
    }

    [Test]
    public async Task SendSds_RecipientRevokedAtIdms_PermissionDeniedRevokedAndNothingDelivered()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);
        await s.GroupAsync("G");
        using var a = await PowerOnAsync(s, idms, "a", "G");
        var bToken = idms.Issue("sip:b@esn");
        using var b = await PowerOnAsync(s, idms, "b", "G", bToken);
        idms.Revoke(bToken);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Devices.SendSdsAsync(new EsnHarness.Contracts.Device.V1.SendSdsRequest { DeviceId = "a", TargetMcpttId = "sip:b@esn", Text = "Meet at Agar St" }, s.Headers));
        var affiliations = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "G" }, s.Headers);
        var asB = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = "sip:b@esn" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(error.Status.Detail, Does.Contain("target_mcptt_id 'sip:b@esn' has been revoked"));
            Assert.That(affiliations.Affiliations.Select(x => x.McpttId), Is.EqualTo(new[] { "sip:a@esn" }), "the revoked user is deregistered");
            Assert.That(asB!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
            Assert.That(asB.Status.Detail, Does.Contain("revoked"));
        });
    }

    [Test]
    public async Task SetupCall_PrivateCallToRevokedUser_PermissionDeniedRevoked()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);
        using var a = await PowerOnAsync(s, idms, "a");
        var bToken = idms.Issue("sip:b@esn");
        using var b = await PowerOnAsync(s, idms, "b", token: bToken);
        idms.Revoke(bToken);

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = "a", CallType = CallType.Private, TargetMcpttId = "sip:b@esn", Commencement = CommencementMode.Automatic,
        }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain("revoked"));
    }

    [Test]
    public async Task RaiseEmergencyAlert_OwnTokenRevokedAtIdms_UnauthenticatedRevoked()
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await SecuredScenarioAsync(idms);
        await s.GroupAsync("G");
        var token = idms.Issue("sip:a@esn");
        using var a = await PowerOnAsync(s, idms, "a", "G", token);
        idms.Revoke(token);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = "sip:a@esn", GroupId = "G" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.Status.Detail, Does.Contain("revoked"));
    }

    [Test]
    public async Task Register_IdmsUnreachable_UnavailableNamingTheIdentityService()
    {
        var s = HostSetup.NewScenario();
        string url;
        await using (var gone = await FakeIdms.StartAsync())
        {
            url = gone.IntrospectionUrl.ToString();
        }

        await s.Config.SetIdentityServiceAsync(new IdentityService { IntrospectionUrl = url, RequireToken = true }, s.Headers);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.RegisterAsync(new RegisterRequest { Identity = Identity("a"), AccessToken = "any" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
        Assert.That(error.Status.Detail, Does.Contain(url).And.Contain("cannot be reached"));
    }

    [Test]
    public void SetIdentityService_RequireTokenWithoutUrl_InvalidArgument()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Config.SetIdentityServiceAsync(new IdentityService { RequireToken = true }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Does.Contain("introspection_url"));
    }

    private static async Task<Scenario> SecuredScenarioAsync(FakeIdms idms)
    {
        var s = HostSetup.NewScenario();
        await s.Config.SetIdentityServiceAsync(new IdentityService { IntrospectionUrl = idms.IntrospectionUrl.ToString(), RequireToken = true }, s.Headers);
        return s;
    }

    private static async Task<DeviceProbe> PowerOnAsync(Scenario s, FakeIdms idms, string name, string? group = null, string? token = null)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest { DeviceId = name, PlaceId = "ideal-lab", Identity = Identity(name), AccessToken = token ?? idms.Issue($"sip:{name}@esn") }, s.Headers);
        var probe = new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
        if (group is not null)
        {
            await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = group }, s.Headers);
        }

        return probe;
    }

    private static UserIdentity Identity(string name) => new() { McpttId = $"sip:{name}@esn", Agency = Agency.Mps, Role = "response officer" };
}
