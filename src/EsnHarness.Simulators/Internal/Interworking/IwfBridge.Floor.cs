using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// The bridge's ESN floor: one TS 24.380 floor participant for the call on the group. A radio's PTT becomes the
/// participant's PTT; the participant's state changes become what the radio observes (granted, queued, denied,
/// revoked). The TETRA side lets one radio of the talkgroup hold or request the transmission at a time.
/// </summary>
internal sealed partial class IwfBridge
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(5);
    private readonly Lock _floorGate = new();
    private string _callId = "";
    private FloorParticipant? _participant;
    private string _participantCall = "";
    private bool _implicitPending;
    private string? _transmitter;
    private TaskCompletionSource<bool>? _answer;
    private TaskCompletionSource? _released;

    private string CurrentCallId
    {
        get
        {
            lock (_floorGate)
            {
                return _callId;
            }
        }
    }

    /// <summary>
    /// Radio PTT pressed: the participant asks the ESN floor (with the call set-up as an implicit floor request when no
    /// call is up). Returns once the floor answered: true when granted, false when queued or denied (the radio is told which).
    /// </summary>
    public async Task<bool> PressAsync(string issi, CancellationToken ct)
    {
        // Never ask the participant (its own lock) while holding _floorGate: its state changes call back under its lock
        // and take _floorGate (lock order participant → bridge).
        FloorParticipant? current;
        string? holder;
        lock (_floorGate)
        {
            current = _participant;
            holder = _transmitter;
        }

        if (holder == issi && current?.State == ParticipantState.HasPermission)
        {
            return true;
        }

        var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        string callId;
        lock (_floorGate)
        {
            if (_transmitter is { } other && other != issi)
            {
                world.ToRadio(issi, new RadioEvent { Kind = RadioEventKind.TransmissionDenied, Detail = $"radio {other} holds the talkgroup's transmission", ReceivedAt = Clock.Now(Time) });
                return false;
            }

            _transmitter = issi;
            _answer = answer;
            callId = _callId;
            _implicitPending = callId.Length == 0;
        }

        if (callId.Length == 0)
        {
            await SetupWithImplicitRequestAsync(ct);
        }
        else
        {
            ParticipantFor(callId).PttPressed(new FloorPriority(FloorPriorityLevel.Normal, 0));
        }

        try
        {
            return await answer.Task.WaitAsync(AnswerDeadline, Time, ct);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Radio PTT released: the participant releases the floor; returns once the ESN floor acknowledged it (or the deadline).</summary>
    public async Task ReleaseAsync(string issi, CancellationToken ct)
    {
        FloorParticipant? participant;
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_floorGate)
        {
            if (_transmitter != issi)
            {
                return;
            }

            _transmitter = null;
            _answer?.TrySetResult(false);
            _answer = null;
            _released = released;
            participant = _participant;
        }

        participant?.PttReleased();
        world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent { Kind = RadioEventKind.TransmissionCeased, TalkerId = issi, ReceivedAt = Clock.Now(Time) }, except: null);
        if (participant?.State == ParticipantState.PendingRelease)
        {
            try
            {
                await released.Task.WaitAsync(AnswerDeadline, Time, ct);
            }
            catch (TimeoutException)
            {
                // The participant gives up after C100 releases by itself.
            }
        }
    }

    /// <summary>True while the radio holds an ESN floor grant.</summary>
    public bool IsTransmitting(string issi)
    {
        FloorParticipant? participant;
        lock (_floorGate)
        {
            if (_transmitter != issi)
            {
                return false;
            }

            participant = _participant;
        }

        return participant?.State == ParticipantState.HasPermission;
    }

    /// <summary>The bridge is going away: its participant stops (timers included).</summary>
    private void StopFloor()
    {
        FloorParticipant? participant;
        lock (_floorGate)
        {
            participant = _participant;
            _participant = null;
            _participantCall = "";
            _callId = "";
        }

        participant?.Stop();
    }

    /// <summary>Sends a floor message to the MCX service without blocking the participant; a call that ended meanwhile is not an error.</summary>
    internal void Fire(Func<McxService.McxServiceClient, Metadata, Task> send) => _ = FireAsync(send);

    private async Task FireAsync(Func<McxService.McxServiceClient, Metadata, Task> send)
    {
        try
        {
            await send(mcx, headers);
        }
        catch (RpcException)
        {
            // The call ended or the bridge is going away; the participant's timers handle a lost message.
        }
    }

    private async Task SetupWithImplicitRequestAsync(CancellationToken ct)
    {
        try
        {
            var setup = await mcx.SetupCallAsync(new SetupCallRequest
            {
                McpttId = Bridge.IwfMcpttId, CallType = Contracts.Common.V1.CallType.PrearrangedGroup, GroupId = Bridge.GroupId, ImplicitFloorRequest = true,
            }, headers, cancellationToken: ct);
            OnCallKnown(setup.Call.CallId);
        }
        catch
        {
            lock (_floorGate)
            {
                _transmitter = null;
                _answer = null;
            }

            throw;
        }
        finally
        {
            lock (_floorGate)
            {
                _implicitPending = false;
            }
        }
    }
}
