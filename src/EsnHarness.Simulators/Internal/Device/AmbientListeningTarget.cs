using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The listened-to end of remotely initiated ambient listening (TS 23.379 §10.14; TS 24.379 §11.1.6): the terminal answers
/// the call by itself, shows and sounds nothing of it (its call, floor and floor-state events are not published), takes the
/// floor the service grants it on its behalf, and streams its microphone (20 ms frames) until the call ends. What it does
/// is reported as a test-port notice only. With <paramref name="shown"/> (a reference defect) it shows the call like any.
/// </summary>
internal sealed class AmbientListeningTarget(
    string deviceId, DeviceRegistration registration, DeviceCallTable calls, DeviceEventLog events, VoiceTalker talker, DeviceLife life, ILogger logger, DefectSwitch shown)
{
    private const uint FramesPerBurst = 10_000; // 200 s of 20 ms frames; a longer listening goes on with the next burst
    private readonly ConcurrentDictionary<string, string> _listeners = new(concurrencyLevel: 1, capacity: 1, StringComparer.Ordinal); // rarely more than one

    /// <summary>Whether the terminal keeps this call from its user.</summary>
    public bool Hides(string callId) => _listeners.ContainsKey(callId) && !shown.On;

    /// <summary>Before the call event is shown: an ambient listening call on this terminal is hidden from here on.</summary>
    public void BeforeCall(CallEvent e)
    {
        if (e.Kind is CallEventKind.Connected or CallEventKind.Incoming && IsListenedTo(e.Call) && _listeners.TryAdd(e.Call.CallId, e.Call.InitiatorMcpttId) && !shown.On)
        {
            events.Hide(e.Call.CallId);
        }
    }

    /// <summary>After the call layer took the event: the terminal takes the floor it is granted, or forgets the ended call.</summary>
    public void AfterCall(CallEvent e)
    {
        if (e.Call is null || !_listeners.TryGetValue(e.Call.CallId, out var listener))
        {
            return;
        }

        if (e.Kind == CallEventKind.Connected)
        {
            // The service requested the floor on the terminal's behalf (its auto-answer carries the implicit request).
            calls.CallFor(e.Call).Participant.ImplicitFloorRequestSent(new FloorPriority(FloorControl.FloorPriorityLevel.Normal, 0));
            events.Emit(new DeviceEvent { AmbientListening = new AmbientListeningNotice { CallId = e.Call.CallId, ListenerMcpttId = listener, Started = true } });
        }
        else if (e.Kind is CallEventKind.Ended or CallEventKind.Rejected && _listeners.TryRemove(e.Call.CallId, out _))
        {
            events.Emit(new DeviceEvent { AmbientListening = new AmbientListeningNotice { CallId = e.Call.CallId, ListenerMcpttId = listener, Started = false } });
            events.Unhide(e.Call.CallId);
        }
    }

    /// <summary>Floor Granted in a listened-to call: the microphone streams until the call ends or the floor is lost.</summary>
    public void OnGranted(DeviceCall call)
    {
        if (!_listeners.ContainsKey(call.Info.CallId))
        {
            return;
        }

        life.Run("ambient listening microphone", async ct =>
        {
            try
            {
                while (_listeners.ContainsKey(call.Info.CallId) && call.Participant.State == ParticipantState.HasPermission)
                {
                    await talker.SendBurstAsync(call, new VoiceBurstRequest { CallId = call.Info.CallId, FrameCount = FramesPerBurst, FrameIntervalMs = 20 }, ct);
                }
            }
            catch (RpcException e)
            {
                DeviceLog.TransmissionStopped(logger, deviceId, "ambient listening microphone", e.Status.Detail);
            }
        });
    }

    private bool IsListenedTo(CallInfo? call) =>
        call is { CallType: CallType.AmbientListening } && call.InitiatorMcpttId != registration.McpttId;
}
