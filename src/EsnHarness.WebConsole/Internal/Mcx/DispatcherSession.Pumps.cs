using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>The downlink and location feed, read until the session closes; a feed that breaks shows as a lost connection.</summary>
internal sealed partial class DispatcherSession
{
    private async Task PumpDownlinkAsync(AsyncServerStreamingCall<McxEvent> downlink)
    {
        using (downlink)
        {
            try
            {
                await foreach (var e in downlink.ResponseStream.ReadAllAsync(_stopping.Token))
                {
                    try
                    {
                        await Downlink.HandleAsync(e, _stopping.Token);
                    }
                    catch (RpcException failure) when (!_stopping.IsCancellationRequested)
                    {
                        EventFailed(_logger, e.EventCase.ToString(), failure.Status.Detail);
                    }
                }

                Lost("the MCX ended the downlink");
            }
            catch (Exception e) when (e is RpcException or OperationCanceledException)
            {
                if (!_stopping.IsCancellationRequested)
                {
                    Lost($"the downlink broke: {(e as RpcException)?.Status.Detail ?? e.Message}");
                }
            }
        }
    }

    private async Task PumpLocationsAsync(AsyncServerStreamingCall<LocationRecord> feed)
    {
        using (feed)
        {
            try
            {
                await foreach (var record in feed.ResponseStream.ReadAllAsync(_stopping.Token))
                {
                    _state.Mutate(m => m.Units[record.McpttId] = record);
                }
            }
            catch (Exception e) when (e is RpcException or OperationCanceledException)
            {
                if (!_stopping.IsCancellationRequested)
                {
                    Lost($"the location feed broke: {(e as RpcException)?.Status.Detail ?? e.Message}");
                }
            }
        }
    }

    private void Lost(string why)
    {
        ConnectionLost(_logger, why);
        _state.Mutate(m =>
        {
            m.Connection = "lost";
            m.ConnectionDetail = why;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Lanes.StopAllAsync();
        await _stopping.CancelAsync();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _clients.Mcx.DeregisterAsync(new DeregisterRequest { McpttId = Me }, _clients.Options(deadline.Token));
        }
        catch (RpcException e)
        {
            DeregisterFailed(_logger, e.Status.Detail);
        }

        await Task.WhenAll(_pumps);
        await Directory.DrainAsync();
        _stopping.Dispose();
        _clients.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The console lost its MCX connection: {Why}")]
    private static partial void ConnectionLost(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling a {Kind} event failed: {Detail}")]
    private static partial void EventFailed(ILogger logger, string kind, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deregistering the dispatcher failed: {Detail}")]
    private static partial void DeregisterFailed(ILogger logger, string detail);
}
