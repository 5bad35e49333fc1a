using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Private calls between the dispatcher and a crew member: made, answered, declined and ended from the console.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PrivateCallTests
{
    [Test]
    public async Task IncomingPrivateCall_AnsweredOnTheConsole_CrewConnectedThenEndedFromTheConsole()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await CallTheDispatcherAsync(s, patel);

        await s.Driver.Calls.AnswerCallAsync("PC Patel");

        await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "the call connected");
        await Assertions.Expect(s.Page.GetByRole(AriaRole.List, new() { Name = "Private calls" })).ToContainTextAsync("In call with PC Patel");
        await s.Driver.Calls.EndCallAsync("PC Patel");
        var ended = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the call ended by the dispatcher");
        Assert.That(ended.Call.Cause, Is.EqualTo(CallCause.NormalRelease));
    }

    [Test]
    public async Task IncomingPrivateCall_DeclinedOnTheConsole_CallerToldRejectedByUser()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await CallTheDispatcherAsync(s, patel);

        await s.Driver.Calls.DeclineCallAsync("PC Patel");

        var rejected = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Rejected }, "the call rejected");
        await Assertions.Expect(s.Driver.Find("answerButton", user: "PC Patel")).ToBeHiddenAsync();
        Assert.That(rejected.Call.Cause, Is.EqualTo(CallCause.RejectedByUser));
    }

    [Test]
    public async Task PrivateCall_MadeFromTheConsole_CrewAcceptsAndTheConsoleShowsTheCall()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);
        await s.Driver.ExpectMessageAsync("From PC Patel");

        await s.Driver.Calls.CallAsync("PC Patel");

        var incoming = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Incoming }, "the dispatcher's call ringing");
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = patel.DeviceId, CallId = incoming.Call.Call.CallId }, s.Headers);
        await Assertions.Expect(s.Page.GetByRole(AriaRole.List, new() { Name = "Private calls" })).ToContainTextAsync("In call with PC Patel");
        await Assertions.Expect(s.Driver.Find("endCallButton", user: "PC Patel")).ToBeVisibleAsync();
        Assert.That(incoming.Call.Call.InitiatorMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }

    [Test]
    public async Task IncomingPrivateCall_CallerNamedByTheDirectoryAfterTheRing_ButtonsRenamedToTheDisplayName()
    {
        // The ring can reach the screen before the directory has answered who is calling: the screen first shows the MCPTT
        // ID, then the display name. The buttons must follow the name (they did not: "Answer call from PC Patel" never
        // appeared), so the screen is fed those two states, in that order, on one event stream.
        await using var s = await ConsoleScenario.StartAsync();
        var streams = 0;
        await s.Page.RouteAsync("**/api/events", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/event-stream",
            Body = Interlocked.Increment(ref streams) == 1
                ? StateEvent(1, "sip:pc-patel@esn") + StateEvent(2, "PC Patel")
                : StateEvent(3, "PC Patel"),
        }));

        await s.Driver.ReloadAsync();

        await Assertions.Expect(s.Driver.Find("answerButton", user: "PC Patel")).ToBeVisibleAsync();
        await Assertions.Expect(s.Driver.Find("declineButton", user: "PC Patel")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.GetByRole(AriaRole.Button, new() { Name = "Answer call from sip:pc-patel@esn" })).ToHaveCountAsync(0);
    }

    private static string StateEvent(long version, string callerName)
    {
        var caller = new { id = "sip:pc-patel@esn", name = callerName, alias = "", agency = callerName.StartsWith("sip:", StringComparison.Ordinal) ? "" : "MPS" };
        var state = new
        {
            version,
            me = new { id = ConsoleScenario.DispatcherId, name = ConsoleScenario.DispatcherName, agency = "MPS", controlRoom = "MetCC" },
            connection = "connected",
            connectionDetail = "",
            notice = "",
            groups = Array.Empty<object>(),
            alerts = Array.Empty<object>(),
            cancelled = Array.Empty<object>(),
            messages = Array.Empty<object>(),
            handovers = Array.Empty<object>(),
            calls = new[] { new { callId = "call-1", peer = caller, state = "incoming", listening = false, talker = (object?)null, mine = false, floor = "idle", floorDetail = "", audio = (object?)null } },
            units = Array.Empty<object>(),
            patches = Array.Empty<object>(),
            places = Array.Empty<object>(),
        };
        return $"event: state\ndata: {System.Text.Json.JsonSerializer.Serialize(state)}\n\n";
    }

    private static Task CallTheDispatcherAsync(ConsoleScenario s, TerminalProbe caller) =>
        s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = caller.DeviceId, CallType = CallType.Private, TargetMcpttId = ConsoleScenario.DispatcherId, Commencement = CommencementMode.Manual,
        }, s.Headers).ResponseAsync;
}
