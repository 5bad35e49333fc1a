using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using DeviceSds = EsnHarness.Contracts.Device.V1.SendSdsRequest;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: MCData SDS, statuses and dispositions as terminal users see them, and a console's message log.</summary>
public sealed class Messaging(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _lastSentBy = new(StringComparer.OrdinalIgnoreCase);
    private string? _lastSender;
    private SendMessageResult? _lastSent;

    /// <summary>True if <paramref name="name"/> sent the scenario's latest SDS ("every other member" leaves them out).</summary>
    public bool SentLastMessage(UserName name) => string.Equals(_lastSender, name.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sends a text SDS to a user or (with <paramref name="group"/>) a group; returns the message ID.</summary>
    public async Task<string> SendSdsAsync(UserName sender, UserName? recipient, GroupName? group, string text, Disposition disposition, string? messageId = null)
    {
        fleet.MarkAction();
        var member = cast.Get(sender);
        var request = new DeviceSds
        {
            DeviceId = member.DeviceId,
            TargetMcpttId = recipient is null ? "" : cast.Get(recipient).McpttId,
            GroupId = group?.Value ?? "",
            Text = text,
            DispositionRequest = ToRequest(disposition),
            MessageId = messageId ?? "",
        };
        _lastSender = sender.Value;
        var result = await Rpc.CallAsync(() => _devices.SendSdsAsync(request).ResponseAsync, $"send {sender}'s SDS");
        _lastSent = result;
        _lastSentBy[sender.Value] = result.MessageId;
        return result.MessageId;
    }

    /// <summary>Sends a status code to the user's selected group or a recipient; returns the message ID.</summary>
    public async Task<string> SendStatusAsync(UserName sender, uint code, UserName? recipient = null)
    {
        fleet.MarkAction();
        var member = cast.Get(sender);
        var result = await Rpc.CallAsync(() => _devices.SendStatusAsync(new SendStatusRequest
        {
            DeviceId = member.DeviceId,
            TargetMcpttId = recipient is null ? "" : cast.Get(recipient).McpttId,
            StatusCode = code,
        }).ResponseAsync, $"send status {code} from {sender}");
        return result.MessageId;
    }

    /// <summary>Waits until the user's terminal receives a text SDS (any, when <paramref name="text"/> is null); returns it as received.</summary>
    public async Task<ReceivedSds> ExpectSdsAsync(UserName recipient, string? text, TimeSpan within, int from = 0)
    {
        var e = await fleet.Log(cast.Get(recipient)).WaitAsync(
            e => e.Message is { } m && (text is null || m.Message.Payload.ToStringUtf8() == text), from, within,
            text is null ? $"{recipient} to receive an SDS" : $"{recipient} to receive the SDS \"{text}\"");
        return ToReceived(e.Message);
    }

    /// <summary>Waits until the user's terminal receives a text SDS whose text satisfies <paramref name="match"/>.</summary>
    public async Task<ReceivedSds> ExpectSdsMatchingAsync(UserName recipient, Func<string, bool> match, string what, TimeSpan within)
    {
        var e = await fleet.Log(cast.Get(recipient)).WaitAsync(e => e.Message is { } m && match(m.Message.Payload.ToStringUtf8()), 0, within, $"{recipient} to receive {what}");
        return ToReceived(e.Message);
    }

    /// <summary>Fails if the user's terminal has received, or receives within <paramref name="window"/>, a text SDS with that text.</summary>
    public Task ExpectNoSdsAsync(UserName recipient, string text, TimeSpan window) =>
        fleet.Log(cast.Get(recipient)).ExpectNoneAsync(e => e.Message is { } m && m.Message.Payload.ToStringUtf8() == text, 0, window,
            $"SDS \"{text}\" on the terminal of {recipient}");

    /// <summary>Sends each lane's block of numbered messages ("msg 00001", ...) one after another, the lanes at once.</summary>
    public Task SendNumberedAsync(IReadOnlyList<MessageLane> lanes) =>
        Task.WhenAll(lanes.Select(async lane =>
        {
            for (var i = lane.First; i < lane.First + lane.Count; i++)
            {
                await SendSdsAsync(lane.Sender, lane.Recipient, null, Numbered(i), Disposition.None);
            }
        }));

    /// <summary>Waits for each lane's last numbered message, then checks the lane's recipient got its block exactly once and in order; returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedSds>> ExpectNumberedInOrderAsync(IReadOnlyList<MessageLane> lanes)
    {
        var received = await Task.WhenAll(lanes.Select(async lane =>
        {
            await ExpectSdsAsync(lane.Recipient, Numbered(lane.First + lane.Count - 1), TimeSpan.FromSeconds(30));
            var got = Received(lane.Recipient).Where(m => m.Text.StartsWith("msg ", StringComparison.Ordinal)).ToArray();
            var expected = Enumerable.Range(lane.First, lane.Count).Select(Numbered).ToArray();
            if (!got.Select(m => m.Text).SequenceEqual(expected))
            {
                var missing = expected.Except(got.Select(m => m.Text)).Take(5);
                throw new ExpectationFailedException(
                    $"{lane.Recipient} received {got.Length} of messages {lane.First} to {lane.First + lane.Count - 1}; missing or out of order from: {string.Join(", ", missing)}.");
            }

            return got;
        }));
        return [.. received.SelectMany(r => r)];
    }

    /// <summary>Every message the user's terminal received, in arrival order.</summary>
    public IReadOnlyList<ReceivedSds> Received(UserName recipient) =>
        fleet.Log(cast.Get(recipient)).Snapshot().Where(e => e.Message is not null).Select(e => ToReceived(e.Message)).ToArray();

    /// <summary>Opens (reads) the received SDS with that text.</summary>
    public async Task ReadSdsAsync(UserName recipient, string text)
    {
        fleet.MarkAction();
        var member = cast.Get(recipient);
        var received = await ExpectSdsAsync(recipient, text, session.Timeout);
        await Rpc.CallAsync(() => _devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = member.DeviceId, MessageId = received.MessageId }).ResponseAsync,
            $"open the SDS on {recipient}'s terminal");
    }

    /// <summary>Waits until the sender is told <paramref name="status"/> ("delivered" or "read") by the recipient.</summary>
    public Task ExpectDispositionAsync(UserName sender, UserName recipient, Disposition status)
    {
        var id = cast.Get(recipient).McpttId;
        return fleet.Log(cast.Get(sender)).WaitAsync(
            e => e.Disposition is { } d && d.Notification.RecipientMcpttId == id && Covers(d.Notification.Status, status), 0, session.Timeout,
            $"{sender} to see {status.ToString().ToLowerInvariant()} from {recipient}");
    }

    /// <summary>Waits until the console has received <paramref name="code"/> from the sender.</summary>
    public Task ExpectStatusAsync(UserName receiver, UserName sender, uint code, int times)
    {
        var id = cast.Get(sender).McpttId;
        return fleet.Log(cast.Get(receiver)).WaitAsync(e => e.Message is { } m && m.Message.SenderMcpttId == id && m.Message.StatusCode == code, 0, session.Timeout,
            $"{receiver} to receive status {code} from {sender}");
    }

    /// <summary>Waits for the last status of the sequence, then checks the console got exactly this sequence from the sender.</summary>
    public async Task ExpectStatusSequenceAsync(UserName receiver, UserName sender, IReadOnlyList<uint> codes)
    {
        var id = cast.Get(sender).McpttId;
        var log = fleet.Log(cast.Get(receiver));
        bool FromSender(DeviceEvent e) => e.Message is { } m && m.Message.SenderMcpttId == id && m.Message.Kind == SdsPayloadKind.Status;
        await log.WaitAsync(_ => log.Snapshot().Count(FromSender) >= codes.Count, 0, TimeSpan.FromSeconds(30), $"{receiver} to receive {codes.Count} statuses from {sender}");
        var got = log.Snapshot().Where(FromSender).Select(e => e.Message.Message.StatusCode).ToArray();
        if (!got.SequenceEqual(codes))
        {
            var firstDiff = Enumerable.Range(0, Math.Min(got.Length, codes.Count)).FirstOrDefault(i => got[i] != codes[i]);
            throw new ExpectationFailedException(
                $"{receiver} received {got.Length} statuses from {sender}, expected exactly {codes.Count} in order; first difference at #{firstDiff + 1}: got {(firstDiff < got.Length ? got[firstDiff] : 0)}, expected {codes[firstDiff]}.");
        }
    }

    /// <summary>
    /// Checks the scenario's latest SDS went over the media plane (TS 24.282 §9.2.3): the service told the sender so,
    /// and every recipient terminal that has it received it in an SDS session.
    /// </summary>
    public void ExpectLastSdsOverMediaPlane()
    {
        var sent = _lastSent ?? throw new ExpectationFailedException("No SDS was sent in this scenario.");
        if (sent.Plane != SdsPlane.Media)
        {
            throw new ExpectationFailedException($"The MCX service carried SDS {sent.MessageId} on the {Describe(sent.Plane)}, not the media plane.");
        }

        var copies = fleet.Logs.SelectMany(o => o.Log.Snapshot()).Where(e => e.Message is { } m && m.Message.MessageId == sent.MessageId).ToArray();
        if (copies.Length == 0)
        {
            throw new ExpectationFailedException($"No recipient terminal has received SDS {sent.MessageId} yet.");
        }

        if (copies.FirstOrDefault(e => e.Message.Message.Plane != SdsPlane.Media) is { } other)
        {
            throw new ExpectationFailedException($"A recipient received SDS {sent.MessageId} on the {Describe(other.Message.Message.Plane)}, not the media plane.");
        }
    }

    /// <summary>
    /// Checks the user's latest SDS is in a control room's message log: the stored message list of a dispatcher console
    /// (read through the device contract), with the sender and the time it was logged.
    /// </summary>
    public async Task ExpectInConsoleLogAsync(UserName sender)
    {
        if (!_lastSentBy.TryGetValue(sender.Value, out var id))
        {
            throw new ExpectationFailedException($"{sender} has sent no SDS in this scenario.");
        }

        var consoles = cast.Members.Where(m => m.Kind == MemberKind.Console && m.ControlRoom is not null).ToArray();
        if (consoles.Length == 0)
        {
            throw new ExpectationFailedException("There is no control-room console in this scenario to keep a message log.");
        }

        var senderId = cast.Get(sender).McpttId;
        foreach (var console in consoles)
        {
            var log = await Rpc.CallAsync(() => _devices.ListMessagesAsync(new DeviceRef { DeviceId = console.DeviceId }).ResponseAsync, $"read the message log of {console.Name}");
            if (log.Messages.Any(m => m.Message.MessageId == id && m.Message.SenderMcpttId == senderId && m.ReceivedAt is not null))
            {
                return;
            }
        }

        throw new ExpectationFailedException(
            $"The SDS {id} from {sender} is not in the message log of {string.Join(", ", consoles.Select(c => $"{c.Name} ({c.ControlRoom})"))}.");
    }

    private ReceivedSds ToReceived(ReceivedMessage m) =>
        new(m.Message.MessageId, cast.Describe(m.Message.SenderMcpttId), m.Message.Payload.ToStringUtf8(), m.Message.StatusCode,
            m.Message.SentAt?.ToDateTime(), m.ReceivedAt.ToDateTime(), m.DuplicatesDiscarded);

    private static string Numbered(int i) => $"msg {i:D5}";

    private static string Describe(SdsPlane plane) => plane switch
    {
        SdsPlane.Signalling => "signalling (control) plane",
        SdsPlane.Media => "media plane",
        _ => "an unspecified plane",
    };

    private static bool Covers(DispositionStatus got, Disposition wanted) => wanted switch
    {
        Disposition.Delivered => got is DispositionStatus.Delivered or DispositionStatus.DeliveredAndRead,
        Disposition.Read => got is DispositionStatus.Read or DispositionStatus.DeliveredAndRead,
        _ => got == DispositionStatus.DeliveredAndRead,
    };

    private static DispositionRequest ToRequest(Disposition d) => d switch
    {
        Disposition.Delivered => DispositionRequest.Delivery,
        Disposition.Read => DispositionRequest.Read,
        Disposition.Delivered | Disposition.Read => DispositionRequest.DeliveryAndRead,
        _ => DispositionRequest.None,
    };
}
