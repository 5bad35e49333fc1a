using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Steps.Tests.Internal;

public sealed class DeviceEventTextTests
{
    private static readonly Timestamp At = Timestamp.FromDateTime(new DateTime(2026, 5, 1, 14, 2, 3, 120, DateTimeKind.Utc));
    private readonly Cast _cast = new();
    private DeviceEventText _text = null!;

    [SetUp]
    public void SetUp()
    {
        _cast.Add(new UserName("PC Patel"), Agency.Mps, MemberKind.Terminal);
        _cast.Add(new UserName("MetCC Dispatcher Ward"), Agency.Mps, MemberKind.Console, ControlRoom.Parse("MetCC"));
        _text = new DeviceEventText(new UserName("PC Patel"), _cast, id => id == "3" ? "MPS-LX-OPS1" : null);
    }

    [Test]
    public void Describe_FloorGrantedOnAKnownCall_TimeOwnerWhatAndWhere() =>
        Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, Floor = new FloorEvent { Kind = FloorEventKind.Granted, CallId = "3" } }),
            Is.EqualTo("14:02:03.120 PC Patel: Floor Granted on MPS-LX-OPS1 (call 3)"));

    [Test]
    public void Describe_FloorTakenBySomeoneInTheCast_NamesThemAsTheFeatureDoes() =>
        Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, Floor = new FloorEvent { Kind = FloorEventKind.Taken, CallId = "9", TalkerMcpttId = Id("MetCC Dispatcher Ward") } }),
            Is.EqualTo("14:02:03.120 PC Patel: Floor Taken by MetCC Dispatcher Ward (call 9)"));

    [Test]
    public void Describe_FloorDeny_CauseWithItsMeaning() =>
        Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, Floor = new FloorEvent { Kind = FloorEventKind.Deny, CallId = "3", Cause = FloorCause.AnotherClientHasPermission } }),
            Is.EqualTo("14:02:03.120 PC Patel: Floor Deny, cause 1 (another client has permission) on MPS-LX-OPS1 (call 3)"));

    [Test]
    public void Describe_ParticipantStateChange_StatesInWords() =>
        Assert.That(_text.Describe(new DeviceEvent
        {
            ObservedAt = At,
            FloorState = new FloorParticipantChange { CallId = "3", FromState = FloorParticipantState.PendingRequest, ToState = FloorParticipantState.HasPermission, Reason = "Floor Granted" },
        }), Is.EqualTo("14:02:03.120 PC Patel: floor pending request -> has permission (Floor Granted) on MPS-LX-OPS1 (call 3)"));

    [Test]
    public void Describe_OffNetworkStateChange_StatesAsTs24380NamesThem() =>
        Assert.That(_text.Describe(new DeviceEvent
        {
            ObservedAt = At,
            FloorState = new FloorParticipantChange { CallId = "dmo-1", FromState = FloorParticipantState.OPendingRequest, ToState = FloorParticipantState.OQueued, Reason = "queued at position 1" },
        }), Is.EqualTo("14:02:03.120 PC Patel: floor O: pending request -> O: queued (queued at position 1) (call dmo-1)"));

    [Test]
    public void Describe_DirectModeFallBackAndReturn_GroupReasonAndTheCallEntered() =>
        Assert.Multiple(() =>
        {
            Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, DirectMode = new DirectModeChange { Active = true, GroupId = "FLON-FG03", Reason = DirectModeReason.ServiceLost } }),
                Is.EqualTo("14:02:03.120 PC Patel: in direct mode on FLON-FG03 (service lost)"));
            Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, DirectMode = new DirectModeChange { GroupId = "FLON-FG03", Reason = DirectModeReason.ServiceBack, OnNetworkCallId = "7" } }),
                Is.EqualTo("14:02:03.120 PC Patel: back on the network from direct mode on FLON-FG03 (service back), in call 7"));
        });

    [Test]
    public void Describe_OffNetworkCall_NamedAsADirectModeCall() =>
        Assert.That(_text.Describe(new DeviceEvent
        {
            ObservedAt = At,
            Call = new CallEvent { Kind = CallEventKind.Connected, Call = new CallInfo { CallId = "dmo-1", GroupId = "MPS-DMO-1", CallType = CallType.EmergencyGroup, OffNetwork = true } },
        }), Is.EqualTo("14:02:03.120 PC Patel: in the direct-mode emergency group call on MPS-DMO-1 (call dmo-1)"));

    [Test]
    public void Describe_StatusFromAnUnknownIdentity_ShowsTheIdentity() =>
        Assert.That(_text.Describe(new DeviceEvent { ObservedAt = At, Message = new ReceivedMessage { Message = new SdsMessage { Kind = SdsPayloadKind.Status, StatusCode = 32770, SenderMcpttId = "sip:x@esn" } } }),
            Is.EqualTo("14:02:03.120 PC Patel: received status 32770 from sip:x@esn"));

    [Test]
    public void Describe_CallEndedWithCause_CallAndCauseInWords() =>
        Assert.That(_text.Describe(new DeviceEvent
        {
            ObservedAt = At,
            Call = new CallEvent { Kind = CallEventKind.Ended, Cause = CallCause.HangTimerExpired, Call = new CallInfo { CallId = "3", GroupId = "MPS-LX-OPS1", CallType = CallType.PrearrangedGroup } },
        }), Is.EqualTo("14:02:03.120 PC Patel: the prearranged group call on MPS-LX-OPS1 (call 3) ended (hang timer expired)"));

    private string Id(string name) => _cast.Get(new UserName(name)).McpttId;
}
