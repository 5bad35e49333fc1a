using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using DeviceSds = EsnHarness.Contracts.Device.V1.SendSdsRequest;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: a 999 call or incident handed from one service's control room to another's in a shared space without
/// integrated systems: a private call between the two positions, then a structured SDS with the incident reference, over
/// ESN only (no CAD-to-CAD link).
/// </summary>
/// <remarks>A dispatcher at a web console does each part through the console's screen (<see cref="WebConsoleHandovers"/>).</remarks>
public sealed class Handovers(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session, ControlRoomConsoles consoles)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly Dictionary<string, (IncidentHandover Handover, CastMember From, CastMember To)> _sent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sending room's dispatcher calls the receiving room's privately (automatic commencement), briefs, then sends the handover SDS.</summary>
    public async Task HandOverAsync(ControlRoom from, string incident, ControlRoom to, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var sender = cast.Consoles(from)[0];
        var receiver = cast.Consoles(to)[0];
        var handover = new IncidentHandover(incident, from.Name, fields);
        if (consoles.AtWebConsole(sender.Name))
        {
            await consoles.HandoverScreens!.HandOverAsync(sender, receiver, handover);
            _sent[incident] = (handover, sender, receiver);
            return;
        }

        await calls.PrivateCallAsync(sender.Name, receiver.Name, automatic: true);
        fleet.MarkAction();
        await Rpc.CallAsync(() => _devices.SendSdsAsync(new DeviceSds
        {
            DeviceId = sender.DeviceId,
            TargetMcpttId = receiver.McpttId,
            Binary = Google.Protobuf.ByteString.CopyFromUtf8(handover.Payload()),
            ApplicationId = IncidentHandover.ApplicationId,
            DispositionRequest = DispositionRequest.DeliveryAndRead,
        }).ResponseAsync, $"send the handover of {incident} from {from} to {to}");
        _sent[incident] = (handover, sender, receiver);
    }

    /// <summary>The receiving room's console has the handover SDS from the sending room's dispatcher with every field as sent.</summary>
    public async Task ExpectReceivedAsync(ControlRoom to, string incident, ControlRoom from)
    {
        var (sent, sender, _) = Sent(incident);
        var console = cast.Consoles(to)[0];
        if (consoles.AtWebConsole(console.Name))
        {
            await consoles.HandoverScreens!.ExpectReceivedAsync(console, sender, sent);
            return;
        }

        var e = await fleet.Log(console).WaitAsync(e => e.Message is { } m && m.Message.ApplicationId == IncidentHandover.ApplicationId
                && IncidentHandover.Parse(m.Message.Payload.ToStringUtf8())?.Reference == incident, 0, session.Timeout,
            $"the {to} console to receive the handover of {incident}");
        var got = IncidentHandover.Parse(e.Message.Message.Payload.ToStringUtf8())!;
        if (e.Message.Message.SenderMcpttId != sender.McpttId || got.From != from.Name || !got.Fields.SequenceEqual(sent.Fields))
        {
            throw new ExpectationFailedException(
                $"The {to} console received the handover of {incident} from {cast.Describe(e.Message.Message.SenderMcpttId)} ({got.From}) with [{string.Join("; ", got.Fields.Select(f => $"{f.Key}: {f.Value}"))}]; {sender.Name} of {from} sent [{string.Join("; ", sent.Fields.Select(f => $"{f.Key}: {f.Value}"))}].");
        }
    }

    /// <summary>The receiving room's dispatcher opens the handover.</summary>
    public async Task ReadAsync(ControlRoom to, string incident)
    {
        var console = cast.Consoles(to)[0];
        if (consoles.AtWebConsole(console.Name))
        {
            await consoles.HandoverScreens!.ReadAsync(console, incident);
            return;
        }

        var e = await fleet.Log(console).WaitAsync(e => e.Message is { } m && IncidentHandover.Parse(m.Message.Payload.ToStringUtf8())?.Reference == incident, 0, session.Timeout,
            $"the {to} console to have the handover of {incident}");
        fleet.MarkAction();
        await Rpc.CallAsync(() => _devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = console.DeviceId, MessageId = e.Message.Message.MessageId }).ResponseAsync,
            $"open the handover of {incident} on the {to} console");
    }

    /// <summary>The sending room's dispatcher sees the handover read by the receiving room's.</summary>
    public Task ExpectReadAsync(ControlRoom from, string incident, ControlRoom to)
    {
        var (_, sender, receiver) = Sent(incident);
        if (consoles.AtWebConsole(sender.Name))
        {
            return consoles.HandoverScreens!.ExpectReadAsync(sender, receiver, incident);
        }

        return fleet.Log(sender).WaitAsync(e => e.Disposition is { } d && d.Notification.RecipientMcpttId == receiver.McpttId
                && d.Notification.Status is DispositionStatus.Read or DispositionStatus.DeliveredAndRead, 0, session.Timeout,
            $"the {from} console to see the handover of {incident} read by {to}");
    }

    private (IncidentHandover Handover, CastMember From, CastMember To) Sent(string incident) =>
        _sent.TryGetValue(incident, out var sent) ? sent : throw new ArgumentException($"No control room handed over incident \"{incident}\" in this scenario.");
}
