using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>The terminal's key management client (TS 33.180 §5.7): group keys from the KMS as the user affiliates.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class GroupKeyClientTests
{
    private static readonly DeviceManagement.DeviceManagementClient Management = new(HostSetup.Channel);

    [Test]
    public async Task Affiliate_MemberWithKms_KeyFromTheKmsKeptWithTheAccessToken()
    {
        await using var kms = await FakeKms.StartAsync();
        kms.Member("sip:a@esn", "G");
        var s = new Scenario(HostSetup.Channel);
        await s.GroupAsync("G");
        var before = DateTimeOffset.UtcNow;

        var held = await AffiliateAsync(s, kms.KeyManagementUrl.ToString(), "G");

        Assert.Multiple(() =>
        {
            Assert.That(held.GroupKeys, Is.EqualTo(new[] { "G" }));
            Assert.That(held.KeyRequests.Single().AnsweredAt?.ToDateTimeOffset(), Is.InRange(before, DateTimeOffset.UtcNow),
                "when the KMS's answer came, on the terminal's clock (what KPI4 into an encrypted call times)");
            Assert.That(held.KeyRequests.Single().GmkId, Is.EqualTo("GMK-G"));
            Assert.That(held.KeyRequests.Single().Status, Is.EqualTo(200));
            Assert.That(kms.Requests, Is.EqualTo(new[] { "sip:a@esn G Bearer token-of-a" }));
        });
    }

    [Test]
    public async Task Affiliate_KmsRefuses_AffiliatedWithoutKeyAndTheRefusalRecorded()
    {
        await using var kms = await FakeKms.StartAsync();
        var s = new Scenario(HostSetup.Channel);
        await s.GroupAsync("G");

        var held = await AffiliateAsync(s, kms.KeyManagementUrl.ToString(), "G");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(state.AffiliatedGroups, Is.EqualTo(new[] { "G" }), "the affiliation stands");
            Assert.That(held.GroupKeys, Is.Empty);
            Assert.That(held.KeyRequests.Single().Status, Is.EqualTo(403));
            Assert.That(held.KeyRequests.Single().Error, Is.EqualTo("not-a-member"));
        });
    }

    [Test]
    public async Task Affiliate_NoKmsProvisioned_NoKeyAndNothingAsked()
    {
        var s = new Scenario(HostSetup.Channel);
        await s.GroupAsync("G");

        var held = await AffiliateAsync(s, "", "G");

        Assert.Multiple(() =>
        {
            Assert.That(held.GroupKeys, Is.Empty);
            Assert.That(held.KeyRequests, Is.Empty);
        });
    }

    [Test]
    public void PowerOn_KmsUrlNotAnHttpUrl_InvalidArgumentNamingTheField()
    {
        var s = new Scenario(HostSetup.Channel);

        var error = Assert.ThrowsAsync<RpcException>(async () => await AffiliateAsync(s, "kms.esn.gov.uk", "G"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("kms_url"));
        });
    }

    [TestCase(false, TestName = "Affiliate_Faithful_MemberHoldsTheGroupKey")]
    [TestCase(true, TestName = "Affiliate_GroupKeyNotRequestedDefect_NoKeyAndTheKmsNeverAsked")]
    [ShowsDefect("device.group-key-not-requested")]
    public async Task Affiliate_GroupKeyNotRequested(bool defect)
    {
        await using var kms = await FakeKms.StartAsync();
        kms.Member("sip:a@esn", "G");
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? DeviceDefects.GroupKeyNotRequested : null);
        await s.GroupAsync("G");

        var held = await AffiliateAsync(s, kms.KeyManagementUrl.ToString(), "G");

        Assert.Multiple(() =>
        {
            Assert.That(held.GroupKeys, defect ? Is.Empty : Is.EqualTo(new[] { "G" }));
            Assert.That(kms.Requests, Has.Count.EqualTo(defect ? 0 : 1));
        });
    }

    private static async Task<StoredData> AffiliateAsync(Scenario s, string kmsUrl, string group)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "a", PlaceId = "ideal-lab", AccessToken = "token-of-a", KmsUrl = kmsUrl,
            Identity = new UserIdentity { McpttId = "sip:a@esn", Agency = Agency.Mps, Role = "response officer" },
        }, s.Headers);
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = group }, s.Headers);
        return await Management.GetStoredDataAsync(new StoredDataRequest { DeviceId = "a" }, s.Headers);
    }
}
