using EsnHarness.Bdd;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// The Playwright trace of one scenario's screen: a chunk of the browser context's tracing, started after the login (the password
/// typed is never in it), attached to a failing step, and discarded when the scenario ends so the context can serve the next one.
/// </summary>
internal sealed class ScreenTrace(bool contextTracing)
{
    private bool _contextTracing = contextTracing;
    private bool _recording;

    /// <summary>Starts recording this scenario's chunk (tracing the context first if it is not yet).</summary>
    public async Task StartAsync(IBrowserContext context, string title)
    {
        if (_contextTracing)
        {
            await context.Tracing.StartChunkAsync(new TracingStartChunkOptions { Title = title });
        }
        else
        {
            await context.Tracing.StartAsync(new TracingStartOptions { Title = title, Snapshots = true, Screenshots = false, Sources = false });
            _contextTracing = true;
        }

        _recording = true;
    }

    /// <summary>Attaches the chunk so far as a zip (which ends it); nothing when no chunk is recording.</summary>
    public async Task AttachAsync(IBrowserContext context, IOutputHelper output, string fileName)
    {
        if (!_recording)
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"esn-trace-{Guid.NewGuid():N}.zip");
        try
        {
            await context.Tracing.StopChunkAsync(new TracingStopChunkOptions { Path = path });
            _recording = false;
            output.Attach(await File.ReadAllBytesAsync(path), "application/zip", fileName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Ends the chunk without keeping it; the context stays traced for the next scenario's chunk.</summary>
    public async Task DiscardAsync(IBrowserContext context)
    {
        if (_recording)
        {
            await context.Tracing.StopChunkAsync();
            _recording = false;
        }
    }
}
