using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Mcx;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Who an SDS or FD message reaches: a named user, or the group's affiliated members other than the sender.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxRecipientsTests
{
    [Test]
    public void Of_GroupMessage_AffiliatedMembersOtherThanTheSender()
    {
        using var world = new Fixture();

        var to = world.Recipients.Of(world.User("a"), "", "G");

        Assert.Multiple(() =>
        {
            Assert.That(to.McpttIds, Is.EquivalentTo(new[] { "b" }), "c is registered but not affiliated; a sent it");
            Assert.That(to.Group?.GroupId, Is.EqualTo("G"));
        });
    }

    [Test]
    public void Of_UserMessage_OnlyThatUserAndNoGroup()
    {
        using var world = new Fixture();

        var to = world.Recipients.Of(world.User("a"), "c", "");

        Assert.Multiple(() =>
        {
            Assert.That(to.McpttIds, Is.EqualTo(new[] { "c" }));
            Assert.That(to.Group, Is.Null);
        });
    }

    [TestCase("", "")]
    [TestCase("b", "G")]
    public void Of_NeitherOrBothAddressed_InvalidArgument(string target, string group)
    {
        using var world = new Fixture();

        var e = Assert.Throws<RpcException>(() => world.Recipients.Of(world.User("a"), target, group));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(e.Status.Detail, Does.Contain("set exactly one of 'message.target_mcptt_id' and 'message.group_id'"));
        });
    }

    [TestCase("nobody", "", "message.target_mcptt_id 'nobody'")]
    [TestCase("", "NOGROUP", "message.group_id 'NOGROUP'")]
    public void Of_UnknownUserOrGroup_NotFoundNamingTheField(string target, string group, string named)
    {
        using var world = new Fixture();

        var e = Assert.Throws<RpcException>(() => world.Recipients.Of(world.User("a"), target, group));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(e.Status.Detail, Does.Contain(named));
        });
    }

    /// <summary>A registry of users a, b and c and a group G to which a and b are affiliated.</summary>
    private sealed class Fixture : IDisposable
    {
        private readonly HttpClient _http = new();
        private readonly McxRegistry _registry;

        public Fixture()
        {
            var scope = TestScopes.Of("recipients");
            var options = new SimulatorHostOptions();
            var settings = new McxSettings(options.FloorTimers, options.DefaultHangTime, options.SdsRetransmitInterval, options.SdsMaxAttempts,
                options.DefaultMaxSdsSizeBytes, ClientBufferCapacity: 64, options.PrivateCallNoAnswerTime);
            var groups = new McxGroups(settings, scope);
            _registry = new McxRegistry(groups, new McxDownlinks(TimeProvider.System, 64), new McxIdentityGate(new TokenIntrospector(_http), scope), scope);
            groups.Put(new GroupConfig { GroupId = "G" });
            foreach (var id in new[] { "a", "b", "c" })
            {
                _registry.Register(new UserProfile { Identity = new UserIdentity { McpttId = id }, MaxAffiliations = 4 }, accessToken: "");
            }

            _registry.Affiliate(User("a"), "G");
            _registry.Affiliate(User("b"), "G");
            Recipients = new McxRecipients(_registry, groups);
        }

        public McxRecipients Recipients { get; }

        public McxUser User(string id) => _registry.Require(id, "mcptt_id");

        public void Dispose() => _http.Dispose();
    }
}
