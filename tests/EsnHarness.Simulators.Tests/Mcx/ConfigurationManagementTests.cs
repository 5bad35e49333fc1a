using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.Mcx.XcapDocuments;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>User profiles read from a CMS at registration (TS 24.484 MCPTT and MCData user profiles over XCAP).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConfigurationManagementTests
{
    private const string A = "sip:a@esn";

    [Test]
    public async Task Register_CmsHoldsBothProfiles_LimitsAndAuthorisationsFromTheDocuments()
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        cms.Put(McpttProfilePath(A), McpttProfile(n2: 6, n6: 2, n7: 1, emergency: true, imminentPeril: false), "p1");
        cms.Put(McdataProfilePath(A), McdataProfile(sds: 10000, controlPlane: 1000), "d1");
        var s = await WithCmsAsync(cms);

        var registered = await RegisterAsync(s);
        var stored = await s.Config.GetUserProfileAsync(new GetUserProfileRequest { McpttId = A }, s.Headers);

        Assert.Multiple(() =>
        {
            foreach (var p in new[] { registered.Profile, stored })
            {
                Assert.That((p.MaxAffiliations, p.MaxSimultaneousCalls, p.MaxSimultaneousTransmissions), Is.EqualTo((6u, 2u, 1u)));
                Assert.That((p.AllowEmergency, p.AllowImminentPeril), Is.EqualTo((true, false)));
                Assert.That((p.MaxSdsSizeBytes, p.MaxSdsControlPlaneBytes), Is.EqualTo((10000u, 1000u)));
            }
        });
    }

    [Test]
    public async Task Register_CmsProfileWithoutAFloorPriority_PriorityPatchedEarlierKept()
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        cms.Put(McpttProfilePath(A), McpttProfile(n2: 6, n6: 2, n7: 1, emergency: true, imminentPeril: true), "p1");
        var s = await WithCmsAsync(cms);
        await s.Config.PatchUserProfileAsync(new PatchUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = A }, FloorPriority = 8, MaxSimultaneousCalls = 4 },
            UpdateMask = new() { Paths = { "floor_priority", "max_simultaneous_calls" } },
        }, s.Headers);

        var registered = await RegisterAsync(s);

        Assert.Multiple(() =>
        {
            Assert.That(registered.Profile.FloorPriority, Is.EqualTo(8), "a field the CMS does not carry keeps its value");
            Assert.That(registered.Profile.MaxSimultaneousCalls, Is.EqualTo(2), "a field the CMS carries is the CMS's");
        });
    }

    [Test]
    public async Task Register_CmsLimitsN6ToOne_SecondCallRefused()
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        cms.Put(McpttProfilePath(A), McpttProfile(n2: 6, n6: 1, n7: 1, emergency: true, imminentPeril: true), "p1");
        var s = await WithCmsAsync(cms);
        await s.GroupAsync("G1");
        await s.GroupAsync("G2");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: ["G1", "G2"]);
        await a.CallAsync("G1");

        var e = Assert.ThrowsAsync<RpcException>(async () => await a.CallAsync("G2"));

        Assert.That(e!.Trailers.GetValue("esn-call-cause"), Is.EqualTo("CALL_CAUSE_MAX_SIMULTANEOUS_CALLS"));
    }

    [TestCase(true, StatusCode.NotFound, TestName = "Register_NoProfileAtTheCmsAndOneRequired_NotFoundNamingTheDocument")]
    [TestCase(false, StatusCode.OK, TestName = "Register_NoProfileAtTheCmsNoneRequired_RegistersWithTheDefaults")]
    public async Task Register_NoProfileAtTheCms_Outcome(bool required, StatusCode outcome)
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        var s = await WithCmsAsync(cms, required);

        var status = StatusCode.OK;
        var detail = "";
        try
        {
            await RegisterAsync(s);
        }
        catch (RpcException e)
        {
            (status, detail) = (e.StatusCode, e.Status.Detail);
        }

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(detail, required ? Does.Contain($"{cms.Root}/{McpttProfilePath(A)}") : Is.Empty);
        });
    }

    [Test]
    public async Task Register_MalformedProfile_FailedPreconditionNamingTheDocumentAndElement()
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        cms.Put(McpttProfilePath(A), McpttProfile(6, 2, 1, true, true).Replace(">2</MaxSimultaneousCallsN6>", ">two</MaxSimultaneousCallsN6>", StringComparison.Ordinal), "p1");
        var s = await WithCmsAsync(cms);

        var e = Assert.ThrowsAsync<RpcException>(async () => await RegisterAsync(s));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(e.Status.Detail, Does.Contain($"CMS MCPTT user profile {cms.Root}/{McpttProfilePath(A)} is malformed").And.Contain("<MaxSimultaneousCallsN6> at line"));
        });
    }

    [Test]
    public async Task Register_Again_ProfileRevalidatedWithItsETag()
    {
        await using var cms = await FakeXcap.StartAsync("cms");
        cms.Put(McpttProfilePath(A), McpttProfile(6, 2, 1, true, true), "p1");
        var s = await WithCmsAsync(cms);
        await RegisterAsync(s);

        var again = await RegisterAsync(s);

        var mcptt = cms.Requests.Where(r => r.Path.Contains("mcptt", StringComparison.Ordinal)).Select(r => (r.IfNoneMatch, r.Status));
        Assert.Multiple(() =>
        {
            Assert.That(mcptt, Is.EqualTo(new[] { ("", 200), ("\"p1\"", 304) }));
            Assert.That(again.Profile.MaxSimultaneousCalls, Is.EqualTo(2));
        });
    }

    [Test]
    public void SetConfigurationManagement_ProfileRequiredWithoutACms_InvalidArgument()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Config.SetConfigurationManagementAsync(new ConfigurationManagement { RequireProfile = true }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    private static async Task<Scenario> WithCmsAsync(FakeXcap cms, bool required = false)
    {
        var s = HostSetup.NewScenario();
        await s.Config.SetConfigurationManagementAsync(new ConfigurationManagement { XcapRoot = cms.Root, RequireProfile = required }, s.Headers);
        return s;
    }

    private static Task<RegisterResponse> RegisterAsync(Scenario s) =>
        s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = A, Agency = Agency.Lfb } }, s.Headers).ResponseAsync;
}
