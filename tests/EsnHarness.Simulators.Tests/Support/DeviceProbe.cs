using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>Reads a terminal's Observe stream and waits for events with a deadline (no sleeps).</summary>
public sealed class DeviceProbe : IDisposable
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);
    private readonly AsyncServerStreamingCall<DeviceEvent> _call;
    private readonly Channel<DeviceEvent> _events = Channel.CreateUnbounded<DeviceEvent>();
    private readonly List<DeviceEvent> _seen = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DeviceProbe(string deviceId, string mcpttId, AsyncServerStreamingCall<DeviceEvent> call)
    {
        DeviceId = deviceId;
        McpttId = mcpttId;
        _call = call;
        _ = PumpAsync();
    }

    public string DeviceId { get; }

    public string McpttId { get; }

    public IReadOnlyList<DeviceEvent> Seen => _seen;

    /// <summary>Completes when the Observe stream ends (the device's namespace closed, or the host stopped).</summary>
    public Task Ended => _ended.Task;

    public async Task<DeviceEvent> WaitForAsync(Func<DeviceEvent, bool> match, string what, TimeSpan? deadline = null)
    {
        var found = _seen.FirstOrDefault(match);
        if (found is not null)
        {
            _seen.Remove(found);
            return found;
        }

        using var cts = new CancellationTokenSource(deadline ?? DefaultDeadline);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cts.Token);
                if (match(e))
                {
                    return e;
                }

                _seen.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{DeviceId}: no event '{what}' within {(deadline ?? DefaultDeadline).TotalSeconds} s; saw: {string.Join(" | ", _seen.TakeLast(12).Select(Describe))}");
        }
    }

    public async Task<List<DeviceEvent>> WaitForCountAsync(Func<DeviceEvent, bool> match, int count, string what, TimeSpan? deadline = null)
    {
        var result = new List<DeviceEvent>();
        while (result.Count < count)
        {
            result.Add(await WaitForAsync(match, $"{what} #{result.Count + 1} of {count}", deadline));
        }

        return result;
    }

    public void Dispose() => _call.Dispose();

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var e in _call.ResponseStream.ReadAllAsync())
            {
                await _events.Writer.WriteAsync(e);
            }
        }
        catch (RpcException)
        {
            // Stream closed at the end of the test.
        }
        finally
        {
            _ended.TrySetResult();
        }
    }

    private static string Describe(DeviceEvent e) => e.EventCase switch
    {
        DeviceEvent.EventOneofCase.Floor => $"floor {e.Floor.Kind} {e.Floor.Cause} {e.Floor.TalkerMcpttId}",
        DeviceEvent.EventOneofCase.FloorState => $"state {e.FloorState.From}->{e.FloorState.To} ({e.FloorState.Reason})",
        DeviceEvent.EventOneofCase.Call => $"call {e.Call.Kind} {e.Call.Cause}",
        _ => e.EventCase.ToString(),
    };
}
