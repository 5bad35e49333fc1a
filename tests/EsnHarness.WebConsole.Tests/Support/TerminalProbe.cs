using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using Grpc.Core;

namespace EsnHarness.WebConsole.Tests.Support;

/// <summary>A simulated terminal driven through the device contract; its Observe stream is read so tests can await what it saw.</summary>
public sealed class TerminalProbe : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly AsyncServerStreamingCall<DeviceEvent> _observe;
    private readonly Channel<DeviceEvent> _events = Channel.CreateUnbounded<DeviceEvent>();
    private readonly List<DeviceEvent> _seen = [];
    private readonly Task _pump;

    public TerminalProbe(string deviceId, string mcpttId, string name, AsyncServerStreamingCall<DeviceEvent> observe)
    {
        DeviceId = deviceId;
        McpttId = mcpttId;
        Name = name;
        _observe = observe;
        _pump = PumpAsync();
    }

    public string DeviceId { get; }

    public string McpttId { get; }

    /// <summary>The display name the console shows.</summary>
    public string Name { get; }

    /// <summary>The events passed over by the waits so far (what the terminal saw before each awaited one).</summary>
    public IReadOnlyList<DeviceEvent> PassedOver => [.. _seen];

    public async Task<DeviceEvent> WaitForAsync(Func<DeviceEvent, bool> match, string what)
    {
        var earlier = _seen.FirstOrDefault(match);
        if (earlier is not null)
        {
            _seen.Remove(earlier);
            return earlier;
        }

        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(deadline.Token);
                if (match(e))
                {
                    return e;
                }

                _seen.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name}'s terminal saw no {what} within {Deadline.TotalSeconds} s; it saw: {string.Join(" | ", _seen.TakeLast(10).Select(e => e.EventCase))}");
        }
    }

    public void Dispose()
    {
        _observe.Dispose();
        _pump.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var e in _observe.ResponseStream.ReadAllAsync())
            {
                await _events.Writer.WriteAsync(e);
            }
        }
        catch (Exception e) when (e is RpcException or ObjectDisposedException or OperationCanceledException)
        {
            // The observe stream ends with the test (powered off, or disposed while a read was pending).
        }
    }
}
