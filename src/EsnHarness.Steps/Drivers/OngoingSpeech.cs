using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: talkers who hold the floor and keep speaking (<c>"Y" is talking on "G"</c>): paced 20 ms voice frames from their
/// terminal until they lose the floor (a release, a revocation, the call's end) or the scenario ends. Without it the floor would be
/// held without voice, and the MCX's end-of-media timer (T1, 4 s) would free it under the scenario's feet. Every speaker is
/// stopped and awaited before the scenario's namespace closes (before the terminals power off); a fault is written to the
/// scenario's output.
/// </summary>
public sealed class OngoingSpeech
{
    /// <summary>The most frames one voice-burst request may ask for (the device service's limit): 200 s of speech; a talker who
    /// spoke them all and still holds the floor goes on with another.</summary>
    private const uint FramesPerRequest = 10_000;
    private const uint FrameMs = 20;

    private readonly DeviceService.DeviceServiceClient _devices;
    private readonly IOutputHelper _output;
    private readonly ConcurrentDictionary<string, Speaker> _speakers = new(StringComparer.Ordinal);

    /// <summary>Speech for the scenario; <paramref name="fleet"/> is taken so that its terminals power off after the speakers stop.</summary>
    public OngoingSpeech(EsnSession session, TerminalFleet fleet, IOutputHelper output)
    {
        _ = fleet;
        _output = output;
        _devices = new DeviceService.DeviceServiceClient(session.Invoker(EsnRole.Device));
        session.BeforeClose(StopAllAsync);
    }

    /// <summary>The member, who holds the floor in <paramref name="callId"/>, keeps speaking until the floor or the scenario ends.</summary>
    public async Task StartAsync(CastMember member, string callId)
    {
        await StopAsync(member);
        var speaker = new Speaker();
        speaker.Task = SpeakAsync(member, callId, speaker.Stop.Token);
        _speakers[member.DeviceId] = speaker;
    }

    /// <summary>Stops the member's ongoing speech, if any, and waits until its last frame is out (before the member's next burst,
    /// whose frames must not interleave with these).</summary>
    public async Task StopAsync(CastMember member)
    {
        if (_speakers.TryRemove(member.DeviceId, out var speaker))
        {
            await speaker.StopAsync();
        }
    }

    private async Task StopAllAsync()
    {
        foreach (var id in _speakers.Keys.ToArray())
        {
            if (_speakers.TryRemove(id, out var speaker))
            {
                await speaker.StopAsync();
            }
        }
    }

    private async Task SpeakAsync(CastMember member, string callId, CancellationToken ct)
    {
        // Started from a step: yield so that the step goes on while the terminal speaks.
        await Task.Yield();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var burst = new VoiceBurstRequest { DeviceId = member.DeviceId, CallId = callId, FrameCount = FramesPerRequest, FrameIntervalMs = FrameMs };
                var sent = await _devices.SendVoiceBurstAsync(burst, cancellationToken: ct);
                if (sent.FramesSent < FramesPerRequest)
                {
                    return; // The floor went (released, revoked, the call ended): the terminal stopped transmitting.
                }
            }
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // Stopped by the scenario or by the member's next burst.
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped before the request went out.
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            // The floor went between the grant and the first frame: nothing to say.
        }
        catch (RpcException e)
        {
            _output.WriteLine($"{member.Name} stopped speaking in call {callId}: the device service answered {e.StatusCode}: {e.Status.Detail}");
        }
    }

    private sealed class Speaker
    {
        public CancellationTokenSource Stop { get; } = new();

        public Task Task { get; set; } = Task.CompletedTask;

        public async Task StopAsync()
        {
            await Stop.CancelAsync();
            await Task;
            Stop.Dispose();
        }
    }
}
