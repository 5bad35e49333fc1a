using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Internal.State;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>What the dispatcher does on the screen, as MCX requests. An MCX refusal surfaces as the RpcException it is.</summary>
internal sealed class ConsoleActions(DispatcherSession session)
{
    private McxService.McxServiceClient Mcx => session.Clients.Mcx;

    public Task PttAsync(PttTarget target, bool pressed, CancellationToken ct) =>
        pressed ? session.Lanes.PressAsync(target, ct) : session.Lanes.ReleaseAsync(target, ct);

    public async Task AcknowledgeAsync(string user, CancellationToken ct)
    {
        var target = session.State.Read(m => m.Alerts.ContainsKey(user)) ? user : await session.Directory.IdOfAsync(user);
        await Mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = session.Me, TargetMcpttId = target }, session.Clients.Options(ct));
    }

    /// <summary>Cancels the user's emergency alert (the dispatcher's authority, not the user's), and the emergency state of the
    /// group's call when it is in one, as the gRPC console adapter does.</summary>
    public async Task CancelEmergencyAsync(string user, CancellationToken ct)
    {
        var target = session.State.Read(m => m.Alerts.ContainsKey(user)) ? user : await session.Directory.IdOfAsync(user);
        var group = session.State.Read(m => m.Alerts.GetValueOrDefault(target)?.GroupId)
            ?? throw new ArgumentException($"no active emergency of '{user}' on this console");
        await Mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest { McpttId = session.Me, TargetMcpttId = target, GroupId = group }, session.Clients.Options(ct));
        var calls = await Mcx.ListCallsAsync(new ListCallsRequest { GroupId = group }, session.Clients.Options(ct));
        foreach (var call in calls.Calls.Where(c => c.Emergency))
        {
            await Mcx.CancelEmergencyCallAsync(new CancelEmergencyCallRequest { McpttId = session.Me, CallId = call.CallId }, session.Clients.Options(ct));
        }
    }

    /// <summary>The console monitors one more group (affiliates to it); the MCX's refusal comes back as it is.</summary>
    public Task MonitorAsync(string group, CancellationToken ct) => session.MonitorAsync(group, ct);

    /// <summary>Remote affiliation: the dispatcher affiliates a user to a group without the user touching the handset.</summary>
    public async Task AffiliateAsync(string user, string group, CancellationToken ct)
    {
        var target = await session.Directory.IdOfAsync(user);
        var request = new RemoteAffiliationRequest { RequesterMcpttId = session.Me, TargetMcpttId = target, GroupId = group.Trim(), Affiliate = true };
        await Mcx.RemoteAffiliateAsync(request, session.Clients.Options(ct));
    }

    public Task SendMessageAsync(string to, string text, bool read, CancellationToken ct) => session.Messages.SendAsync(to, text, read, ct);

    public async Task CallAsync(string user, bool automatic, CancellationToken ct)
    {
        var target = await session.Directory.IdOfAsync(user);
        var commencement = automatic ? CommencementMode.Automatic : CommencementMode.Manual;
        var setup = new SetupCallRequest { McpttId = session.Me, CallType = CallType.Private, TargetMcpttId = target, Commencement = commencement };
        var call = (await Mcx.SetupCallAsync(setup, session.Clients.Options(ct))).Call;
        session.State.Mutate(m => m.Calls.TryAdd(call.CallId, new PrivateCall(call.CallId, target, incoming: false)));
    }

    /// <summary>Remotely initiated ambient listening (TS 23.379 §10.14): a call to the user's terminal, which answers by itself and
    /// shows nothing; only the user talks. The dispatcher names the user by display name or MCPTT ID.</summary>
    public async Task ListenAsync(string user, CancellationToken ct)
    {
        var target = await session.Directory.IdOfAsync(user);
        var setup = new SetupCallRequest { McpttId = session.Me, CallType = CallType.AmbientListening, TargetMcpttId = target, Commencement = CommencementMode.Automatic };
        var call = (await Mcx.SetupCallAsync(setup, session.Clients.Options(ct))).Call;
        session.State.Mutate(m => m.Calls.TryAdd(call.CallId, new PrivateCall(call.CallId, target, incoming: false, listening: true)));
    }

    /// <summary>Hands an incident to another control room's dispatcher: the structured SDS (<see cref="Handover"/>), asking for
    /// delivery and reading.</summary>
    public Task HandOverAsync(string to, string incident, string details, CancellationToken ct) =>
        session.Messages.SendHandoverAsync(to, Handover.Compose(incident, session.State.Read(m => m.Me.ControlRoom), details), ct);

    /// <summary>The dispatcher has read a received handover: the sender is told (READ disposition) when it asked.</summary>
    public Task ReadHandoverAsync(string messageId, CancellationToken ct) => session.Messages.ReadAsync(messageId, ct);

    public async Task AnswerAsync(string callId, bool accept, CancellationToken ct)
    {
        await Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = session.Me, CallId = callId, Accept = accept }, session.Clients.Options(ct));
        if (!accept)
        {
            session.State.Mutate(m => m.Calls.Remove(callId));
        }
    }

    public async Task EndCallAsync(string callId, CancellationToken ct)
    {
        await session.Lanes.ReleaseAsync(PttTarget.Call(callId), ct);
        await Mcx.EndCallAsync(new EndCallRequest { McpttId = session.Me, CallId = callId }, session.Clients.Options(ct));
        session.State.Mutate(m => m.Calls.Remove(callId));
    }

    public async Task PatchAsync(string first, string second, CancellationToken ct)
    {
        var patch = await Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = session.Me, GroupIds = { first, second } }, session.Clients.Options(ct));
        session.State.Mutate(m => m.Patches[patch.PatchId] = patch);
    }

    public async Task UnpatchAsync(string patchId, CancellationToken ct)
    {
        await Mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = session.Me, PatchId = patchId }, session.Clients.Options(ct));
        session.State.Mutate(m => m.Patches.Remove(patchId));
    }
}
