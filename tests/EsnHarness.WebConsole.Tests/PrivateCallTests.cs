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

        await s.Driver.AnswerCallAsync("PC Patel");

        await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "the call connected");
        await Assertions.Expect(s.Page.GetByRole(AriaRole.List, new() { Name = "Private calls" })).ToContainTextAsync("In call with PC Patel");
        await s.Driver.EndCallAsync("PC Patel");
        var ended = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the call ended by the dispatcher");
        Assert.That(ended.Call.Cause, Is.EqualTo(CallCause.NormalRelease));
    }

    [Test]
    public async Task IncomingPrivateCall_DeclinedOnTheConsole_CallerToldRejectedByUser()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await CallTheDispatcherAsync(s, patel);

        await s.Driver.DeclineCallAsync("PC Patel");

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

        await s.Driver.CallAsync("PC Patel");

        var incoming = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Incoming }, "the dispatcher's call ringing");
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = patel.DeviceId, CallId = incoming.Call.Call.CallId }, s.Headers);
        await Assertions.Expect(s.Page.GetByRole(AriaRole.List, new() { Name = "Private calls" })).ToContainTextAsync("In call with PC Patel");
        await Assertions.Expect(s.Driver.Find("endCallButton", user: "PC Patel")).ToBeVisibleAsync();
        Assert.That(incoming.Call.Call.InitiatorMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }

    private static Task CallTheDispatcherAsync(ConsoleScenario s, TerminalProbe caller) =>
        s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = caller.DeviceId, CallType = CallType.Private, TargetMcpttId = ConsoleScenario.DispatcherId, Commencement = CommencementMode.Manual,
        }, s.Headers).ResponseAsync;
}
