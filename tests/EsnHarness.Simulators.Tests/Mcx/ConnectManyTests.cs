using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class ConnectManyTests
{
    private static string Id(string name) => $"sip:{name}@esn";

    private static async Task RegisterAsync(Scenario s, string group, params string[] names)
    {
        foreach (var name in names)
        {
            await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = Id(name), Agency = Agency.Mps } }, s.Headers);
            await s.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = Id(name), GroupId = group }, s.Headers);
        }
    }

    /// <summary>Every (client, event) pair a batch list carries, fan-out entries expanded.</summary>
    private static List<(string Client, ulong Sequence, McxEvent Event)> Expand(IEnumerable<DownlinkBatch> batches) =>
        batches.SelectMany(b => b.Events).SelectMany(e =>
            new[] { (e.McpttId, e.Event.Sequence, e.Event) }.Concat(e.MoreMcpttIds.Select((id, i) => (id, e.MoreSequences[i], e.Event)))).ToList();

    private static async Task<string> TalkAsync(Scenario s, string talker, string group)
    {
        var call = (await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = Id(talker), CallType = CallType.PrearrangedGroup, GroupId = group }, s.Headers)).Call;
        await s.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = Id(talker), CallId = call.CallId }, s.Headers);
        return call.CallId;
    }

    [Test]
    public async Task ConnectMany_VoiceFrameToGroup_OneEntryForAllAttachedReceiversWithOwnSequences()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await RegisterAsync(s, "G", "a", "b", "c");
        using var downlink = s.Mcx.ConnectMany(s.Headers);
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Attach = { Id("b"), Id("c") } });
        var reader = new BatchReader<DownlinkBatch>(downlink.ResponseStream);
        var callId = await TalkAsync(s, "a", "G");
        await reader.UntilAsync(r => Expand(r).Count(x => x.Event.Floor?.Kind == FloorEventKind.Taken) == 2, "Floor Taken at b and c");

        var sent = await s.Mcx.SendMediaAsync(new MediaPacket { CallId = callId, SenderMcpttId = Id("a"), Payload = ByteString.CopyFrom(new byte[33]) }, s.Headers);
        await reader.UntilAsync(r => r.SelectMany(b => b.Events).Any(e => e.Event.Media is not null), "the voice frame");

        var media = reader.Read.SelectMany(b => b.Events).Single(e => e.Event.Media is not null);
        var all = Expand(reader.Read);
        Assert.Multiple(() =>
        {
            Assert.That(sent.ForwardedTo, Is.EqualTo(2));
            Assert.That(new[] { media.McpttId }.Concat(media.MoreMcpttIds), Is.EquivalentTo(new[] { Id("b"), Id("c") }), "one entry for both receivers");
            Assert.That(all.Where(x => x.Client == Id("b")).Select(x => x.Sequence), Is.Ordered.Ascending.And.Unique, "b's sequence numbers in order");
            Assert.That(all.Where(x => x.Client == Id("c")).Select(x => x.Sequence), Is.Ordered.Ascending.And.Unique, "c's sequence numbers in order");
            Assert.That(all.Where(x => x.Client == Id("a")), Is.Empty, "a is not attached to this stream");
        });
    }

    [Test]
    public async Task ConnectMany_EventsQueuedBeforeAttach_ArriveFirstInOrder()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await RegisterAsync(s, "G", "a", "b");
        await TalkAsync(s, "a", "G");

        using var downlink = s.Mcx.ConnectMany(s.Headers);
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Attach = { Id("b") } });
        var reader = new BatchReader<DownlinkBatch>(downlink.ResponseStream);
        var read = await reader.UntilAsync(r => Expand(r).Any(x => x.Event.Floor?.Kind == FloorEventKind.Taken), "b's queued Floor Taken");

        var b = Expand(read).Where(x => x.Client == Id("b")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(b[0].Event.Affiliation, Is.Not.Null, "the affiliation event emitted before the attach comes first");
            Assert.That(b[1].Event.Call, Is.Not.Null, "then the call event, also emitted before the attach");
            Assert.That(b.Select(x => x.Sequence), Is.EqualTo(Enumerable.Range(1, b.Count).Select(i => (ulong)i)), "no gaps: nothing lost in the takeover");
        });
    }

    [Test]
    public async Task ConnectMany_UnregisteredId_RejectedWithReasonAndStreamGoesOn()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await RegisterAsync(s, "G", "a", "b");
        using var downlink = s.Mcx.ConnectMany(s.Headers);
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Attach = { Id("nobody"), Id("b") } });
        var reader = new BatchReader<DownlinkBatch>(downlink.ResponseStream);
        await reader.UntilAsync(r => r.Any(b => b.Rejected.Count > 0), "the rejection");

        await TalkAsync(s, "a", "G");
        await reader.UntilAsync(r => Expand(r).Any(x => x.Client == Id("b") && x.Event.Call is not null), "b's call event");

        var rejected = reader.Read.SelectMany(b => b.Rejected).Single();
        Assert.Multiple(() =>
        {
            Assert.That(rejected.McpttId, Is.EqualTo(Id("nobody")));
            Assert.That(rejected.Reason, Does.Contain("is not registered").And.Contain("Register first"));
        });
    }

    [Test]
    public async Task ConnectMany_Detached_EventsQueueForTheClientsOwnConnect()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await RegisterAsync(s, "G", "a", "b");
        using var downlink = s.Mcx.ConnectMany(s.Headers);
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Attach = { Id("b") } });
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Detach = { Id("b") } });
        await downlink.RequestStream.WriteAsync(new DownlinkControl { Attach = { Id("a"), Id("marker") } });
        var reader = new BatchReader<DownlinkBatch>(downlink.ResponseStream);
        await reader.UntilAsync(r => r.Any(b => b.Rejected.Count > 0), "the marker's rejection (control messages are processed in order)");
        await TalkAsync(s, "a", "G");
        await reader.UntilAsync(r => Expand(r).Any(x => x.Client == Id("a") && x.Event.Floor?.Kind == FloorEventKind.Granted), "a's grant");

        using var own = s.Mcx.Connect(new ConnectRequest { McpttId = Id("b") }, s.Headers);
        var bOwn = await new BatchReader<McxEvent>(own.ResponseStream).UntilAsync(r => r.Any(e => e.Floor?.Kind == FloorEventKind.Taken), "b's Floor Taken on its own Connect");

        Assert.Multiple(() =>
        {
            Assert.That(Expand(reader.Read).Where(x => x.Client == Id("b")).Select(x => x.Event.EventCase), Is.EqualTo(new[] { McxEvent.EventOneofCase.Affiliation }), "only what was queued before the detach");
            Assert.That(bOwn[0].Call, Is.Not.Null, "the call event queued for b's own Connect");
            Assert.That(bOwn[0].Sequence, Is.EqualTo(2), "numbering continues after the affiliation event delivered on the multiplexed stream");
        });
    }
}
