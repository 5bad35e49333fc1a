using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>Control-room test set-up over the MCX contract: agency groups, dispatchers with their rights, crews, talk bursts.</summary>
internal static class Positions
{
    public static Task<GroupConfig> GroupAsync(Scenario s, string groupId, Agency agency) =>
        s.GroupAsync(groupId, g => g.Agency = agency);

    /// <summary>A dispatcher (profile allow_remote_affiliation) of <paramref name="agency"/>, affiliated to <paramref name="groups"/>.</summary>
    public static Task<McxProbe> DispatcherAsync(Scenario s, string name, Agency agency, params string[] groups) =>
        DispatcherAtAsync(s, name, agency, "", groups);

    /// <summary>The same, logged on from console <paramref name="clientId"/> (a position at a control-room site).</summary>
    public static async Task<McxProbe> DispatcherAtAsync(Scenario s, string name, Agency agency, string clientId, params string[] groups)
    {
        await PutProfileAsync(s, name, agency, "dispatcher", dispatcher: true);
        return await McxProbe.RegisterAsync(s, name, agency, "dispatcher", clientId, groups);
    }

    /// <summary>A crew member of <paramref name="agency"/>, affiliated to <paramref name="groups"/>.</summary>
    public static async Task<McxProbe> CrewAsync(Scenario s, string name, Agency agency, params string[] groups)
    {
        await PutProfileAsync(s, name, agency, "responder", dispatcher: false);
        return await McxProbe.RegisterAsync(s, name, agency, "responder", "", groups);
    }

    /// <summary>One talk burst of <paramref name="frames"/> 20 ms frames: the talker requests the floor in the call (set up on
    /// <paramref name="groupId"/> if none), waits for the grant, sends, releases; <paramref name="between"/> runs between frames.</summary>
    public static async Task<string> TalkAsync(McxProbe talker, string groupId, uint burstId, int frames, Action? between = null)
    {
        var s = talker.Scenario;
        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = groupId }, s.Headers);
        var callId = calls.Calls.FirstOrDefault()?.CallId;
        if (callId is null)
        {
            callId = (await talker.CallAsync(groupId, talk: true)).CallId;
        }
        else
        {
            await talker.RequestFloorAsync(callId);
        }

        await talker.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted } f && f.CallId == callId, "the floor granted");
        for (var i = 0; i < frames; i++)
        {
            await s.Mcx.SendMediaAsync(new MediaPacket
            {
                CallId = callId, SenderMcpttId = talker.McpttId, BurstId = burstId, Sequence = (uint)i, FrameDurationMs = 20,
                Payload = ByteString.CopyFrom([(byte)burstId, (byte)i, 0x5a]),
            }, s.Headers);
            between?.Invoke();
        }

        await s.Mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = talker.McpttId, CallId = callId }, s.Headers);
        await talker.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Idle } f && f.CallId == callId, "the floor idle after the release");
        return callId;
    }

    /// <summary>Every participant leaves: the call ends.</summary>
    public static async Task EndAsync(string callId, params McxProbe[] parties)
    {
        foreach (var party in parties)
        {
            var s = party.Scenario;
            await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = party.McpttId, CallId = callId }, s.Headers);
        }
    }

    private static Task PutProfileAsync(Scenario s, string name, Agency agency, string role, bool dispatcher) =>
        s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile
            {
                Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = agency, Role = role },
                AllowRemoteAffiliation = dispatcher, AllowEmergency = true, AllowPrivateCall = true, FloorPriority = dispatcher ? 200u : 100u,
            },
        }, s.Headers).ResponseAsync;
}
