using EsnHarness.Contracts.Device.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The open microphone of the emergency button (TETRA practice carried to ESN, ESN-DOMAIN §7: about 10 s typical): when
/// the user starts an emergency group call and it has the floor, the terminal transmits for the configured time without
/// PTT, then closes the microphone and releases the floor; a revocation by the floor control server closes it earlier.
/// </summary>
internal sealed class OpenMicrophone(string deviceId, VoiceTalker talker, DeviceLife life, ILogger logger)
{
    private const uint FrameMs = 20;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _armed = new(StringComparer.Ordinal);
    private uint _durationMs;

    public uint DurationMs
    {
        get
        {
            lock (_gate)
            {
                return _durationMs;
            }
        }

        set
        {
            lock (_gate)
            {
                _durationMs = value;
            }
        }
    }

    /// <summary>The user starts an emergency call on the group: its first grant opens the microphone (when one is configured).</summary>
    public void Arm(string groupId)
    {
        lock (_gate)
        {
            if (_durationMs > 0 && groupId.Length > 0)
            {
                _armed.Add(groupId);
            }
        }
    }

    /// <summary>The call could not be set up: nothing to open.</summary>
    public void Disarm(string groupId)
    {
        lock (_gate)
        {
            _armed.Remove(groupId);
        }
    }

    /// <summary>Floor Granted in <paramref name="call"/>: transmits for the open-microphone time if the call was armed.</summary>
    public void OnGranted(DeviceCall call)
    {
        uint duration;
        lock (_gate)
        {
            if (!_armed.Remove(call.Info.GroupId))
            {
                return;
            }

            duration = _durationMs;
        }

        life.Run("emergency open microphone", async ct =>
        {
            try
            {
                var request = new VoiceBurstRequest { CallId = call.Info.CallId, FrameCount = Math.Max(1, duration / FrameMs), FrameIntervalMs = FrameMs, ReleaseAfter = true };
                await talker.SendBurstAsync(call, request, ct);
            }
            catch (RpcException e)
            {
                DeviceLog.TransmissionStopped(logger, deviceId, "emergency open microphone", e.Status.Detail);
            }
        });
    }
}
