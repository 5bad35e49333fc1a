using EsnHarness.Contracts.Interworking.V1;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>Reads a TETRA radio's ObserveRadio stream in order and waits for events with a deadline (no sleeps).</summary>
public sealed class RadioProbe(AsyncServerStreamingCall<RadioEvent> call) : IDisposable
{
    private readonly List<RadioEvent> _seen = [];

    /// <summary>Every event read so far, in order.</summary>
    public IReadOnlyList<RadioEvent> Seen => _seen;

    /// <summary>Reads on until an event matches; earlier ones stay in <see cref="Seen"/>.</summary>
    public async Task<RadioEvent> NextAsync(Func<RadioEvent, bool> match, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (await call.ResponseStream.MoveNext(deadline.Token))
            {
                _seen.Add(call.ResponseStream.Current);
                if (match(call.ResponseStream.Current))
                {
                    return call.ResponseStream.Current;
                }
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && deadline.IsCancellationRequested)
        {
            // Deadline: reported below with what was seen.
        }

        throw new AssertionException($"the radio saw no {what}; saw: {string.Join(" | ", _seen.Select(e => $"{e.Kind} {e.TalkerId} {e.Detail}".Trim()))}");
    }

    public Task<RadioEvent> NextAsync(RadioEventKind kind) => NextAsync(e => e.Kind == kind, kind.ToString());

    public void Dispose() => call.Dispose();
}
