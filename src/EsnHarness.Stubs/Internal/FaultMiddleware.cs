using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EsnHarness.Stubs.Internal;

/// <summary>Runs in front of WireMock's own middleware in one stub server. A request to an endpoint with a fault is
/// still handed to WireMock (so it is matched, journalled and moves scenario states as usual), but WireMock's
/// answer is captured instead of sent, and the fault decides what the client gets.</summary>
internal sealed class FaultMiddleware(FaultTable faults, TimeProvider time)
{
    public const string FaultHeader = "X-EsnHarness-Fault";

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var endpoint = Endpoint(context.Request.Path);
        var plan = faults.Take(endpoint);
        if (plan.IsNone)
        {
            await next();
            return;
        }

        // WireMock journals request headers, so this marks the journal entry with what the client really got.
        context.Request.Headers[FaultHeader] = plan.Describe();

        if (plan.Delay > TimeSpan.Zero)
        {
            try
            {
                // Models network latency; the injected clock makes it testable with a fake time provider.
                var wait = Task.Delay(plan.Delay, time, context.RequestAborted); // allowed: the delay fault a step switched on, on the injected clock
                faults.NotifyHeld(endpoint);
                await wait;
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
        }

        if (plan.Outcome is null)
        {
            await next();
            return;
        }

        var captured = await CaptureAsync(context, next);
        await RawFaults.ApplyAsync(context, plan.Outcome, captured);
    }

    /// <summary>The first path segment, which names the endpoint folder (<c>/idms/token</c> → <c>idms</c>).</summary>
    internal static string Endpoint(PathString path)
    {
        var value = path.Value ?? string.Empty;
        var start = value.StartsWith('/') ? 1 : 0;
        var end = value.IndexOf('/', start);
        return end < 0 ? value[start..] : value[start..end];
    }

    private static async Task<CapturedResponse> CaptureAsync(HttpContext context, Func<Task> next)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var sink = new StreamResponseBodyFeature(buffer);
        context.Features.Set<IHttpResponseBodyFeature>(sink);
        try
        {
            await next();
            await sink.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        return new CapturedResponse(context.Response.StatusCode, context.Response.ContentType, buffer.ToArray());
    }
}
