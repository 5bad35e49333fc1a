using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Google.Protobuf;
using DeviceSds = EsnHarness.Contracts.Device.V1.SendSdsRequest;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: JESIP M/ETHANE reports as MCData SDS with a structured payload (application "jesip-methane", the JSON
/// of esn.mcx.v1.MethaneReport) sent from a commander's terminal, and what each control room's console receives.
/// </summary>
public sealed class MethaneReports(TerminalFleet fleet, Cast cast, EsnSession session)
{
    /// <summary>The application ID a METHANE report travels under.</summary>
    public const string ApplicationId = "jesip-methane";

    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly ConcurrentDictionary<string, MethaneReport> _sent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sends the report from <paramref name="sender"/>'s terminal to <paramref name="group"/>.</summary>
    public async Task SendAsync(UserName sender, GroupName group, MethaneReport report)
    {
        fleet.MarkAction();
        var member = cast.Get(sender);
        _sent[sender.Value] = report;
        await Rpc.CallAsync(() => _devices.SendSdsAsync(new DeviceSds
        {
            DeviceId = member.DeviceId,
            GroupId = group.Value,
            ApplicationId = ApplicationId,
            Binary = ByteString.CopyFromUtf8(JsonFormatter.Default.Format(report)),
        }).ResponseAsync, $"send {sender}'s {Name(report)} report to {group}");
    }

    /// <summary>
    /// A console of <paramref name="room"/> receives the report <paramref name="sender"/> sent, within the time from the
    /// send, and every element is as sent.
    /// </summary>
    public async Task ExpectReceivedIntactAsync(ControlRoom room, UserName sender, TimeSpan within)
    {
        var sent = _sent.TryGetValue(sender.Value, out var report)
            ? report
            : throw new ArgumentException($"{sender} sent no METHANE report in this scenario.");
        var console = cast.Consoles(room)[0];
        var e = await fleet.Log(console).WaitAsync(e => IsReportFrom(e, cast.Get(sender)), fleet.Mark(console), within,
            $"the {room} console to receive the {Name(sent)} report from {sender}");
        var received = MethaneReport.Parser.ParseJson(e.Message.Message.Payload.ToStringUtf8());
        if (!received.Equals(sent))
        {
            throw new ExpectationFailedException(
                $"The {room} console received the {Name(sent)} report from {sender} changed: {string.Join("; ", MethaneDifferences.Of(sent, received))}.");
        }
    }

    /// <summary>No console of the scenario receives a METHANE report from <paramref name="sender"/> within the window.</summary>
    public Task ExpectNoneAsync(UserName sender, TimeSpan window)
    {
        var from = cast.Get(sender);
        var consoles = cast.Members.Where(m => m.Kind == MemberKind.Console).ToArray();
        return Task.WhenAll(consoles.Select(c =>
            fleet.Log(c).ExpectNoneAsync(e => IsReportFrom(e, from), fleet.Mark(c), window, $"a METHANE report from {sender} on the console of {c.Name}")));
    }

    private static string Name(MethaneReport report) => report.Kind == MethaneKind.Ethane ? "ETHANE" : "METHANE";

    private static bool IsReportFrom(DeviceEvent e, CastMember sender) =>
        e.Message is { Message.ApplicationId: ApplicationId } m && m.Message.SenderMcpttId == sender.McpttId;
}
