using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>What the dispatcher does on the screen, as MCX requests. An MCX refusal surfaces as the RpcException it is.</summary>
internal sealed class ConsoleActions(DispatcherSession session)
{
    private McxService.McxServiceClient Mcx => session.Clients.Mcx;

    public Task PttAsync(PttTarget target, bool pressed, CancellationToken ct) =>
        pressed ? session.Lanes.PressAsync(target, ct) : session.Lanes.ReleaseAsync(target, ct);

    public async Task AcknowledgeAsync(string user, CancellationToken ct)
    {
        var target = session.State.Read(m => m.Alerts.ContainsKey(user)) ? user : session.Directory.IdOf(user);
        await Mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = session.Me, TargetMcpttId = target }, session.Clients.Options(ct));
    }

    public Task SendMessageAsync(string to, string text, CancellationToken ct) => session.Messages.SendAsync(to, text, ct);

    public async Task CallAsync(string user, CancellationToken ct)
    {
        var target = session.Directory.IdOf(user);
        var setup = new SetupCallRequest { McpttId = session.Me, CallType = CallType.Private, TargetMcpttId = target, Commencement = CommencementMode.Manual };
        var call = (await Mcx.SetupCallAsync(setup, session.Clients.Options(ct))).Call;
        session.State.Mutate(m => m.Calls.TryAdd(call.CallId, new State.PrivateCall(call.CallId, target, incoming: false)));
    }

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
