using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using Defect = EsnHarness.Simulators.Defects.Defect;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Three users a, b, c affiliated to group G on the MCX service, a holding the floor of a call on G.</summary>
internal sealed class Crew(Scenario scenario, CallInfo call, McxProbe a, McxProbe b, McxProbe c) : IDisposable
{
    public Scenario S { get; } = scenario;

    public CallInfo Call { get; } = call;

    public McxProbe A { get; } = a;

    public McxProbe B { get; } = b;

    public McxProbe C { get; } = c;

    /// <summary>Sets the crew up with <paramref name="defect"/> (or none), the group configured by <paramref name="group"/>
    /// and the users' profile floor priorities from <paramref name="priorities"/> (a, b, c; default 0 each).</summary>
    public static async Task<Crew> TalkingAsync(GrpcChannel channel, Defect? defect, Action<GroupConfig>? group = null, uint[]? priorities = null, string roleOfA = "responder")
    {
        var s = await DefectScenarios.NewAsync(channel, defect);
        await s.GroupAsync("G", group);
        string[] names = ["a", "b", "c"];
        for (var i = 0; i < names.Length && priorities is not null; i++)
        {
            await s.Config.PutUserProfileAsync(new PutUserProfileRequest
            {
                Profile = new UserProfile { Identity = new UserIdentity { McpttId = $"sip:{names[i]}@esn" }, FloorPriority = priorities[i], AllowEmergency = true, AllowBroadcast = true },
            }, s.Headers);
        }

        var a = await McxProbe.RegisterAsync(s, "a", roleOfA, "G");
        var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        var c = await McxProbe.RegisterAsync(s, "c", groups: "G");
        var call = await a.CallAsync("G", talk: true);
        await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "a granted the floor");
        return new Crew(s, call, a, b, c);
    }

    public Task<CallInfo> CallNowAsync() => S.Mcx.GetCallAsync(new GetCallRequest { CallId = Call.CallId }, S.Headers).ResponseAsync;

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        C.Dispose();
    }
}
