using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace EsnHarness.Stubs.Internal;

/// <summary>Applies a non-delay fault to a request whose normal answer has been captured. The transport faults
/// work on the connection's socket directly, which Kestrel exposes through <see cref="IConnectionSocketFeature"/>
/// for HTTP/1.1 over sockets; Kestrel is then told to abort so it writes nothing of its own.</summary>
internal static class RawFaults
{
    public static async Task ApplyAsync(HttpContext context, StubFault fault, CapturedResponse captured)
    {
        switch (fault.Kind)
        {
            case StubFaultKind.HttpError:
                await WriteErrorAsync(context, fault.StatusCode);
                return;
            case StubFaultKind.ConnectionReset:
                Reset(context);
                return;
            case StubFaultKind.EmptyResponse:
                CloseSilently(context);
                return;
            case StubFaultKind.MalformedChunk:
                await SendMalformedChunkAsync(context, captured);
                return;
            default:
                throw new InvalidOperationException($"{fault.Kind} is not a response fault");
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, int status)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var problem = new Dictionary<string, object>
        {
            ["type"] = "about:blank",
            ["title"] = "Fault injected by the EsnHarness stub",
            ["status"] = status,
            ["detail"] = $"The scenario switched on an HTTP {status} fault for endpoint '{FaultMiddleware.Endpoint(context.Request.Path)}'.",
        };
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem), context.RequestAborted);
    }

    private static void Reset(HttpContext context)
    {
        var socket = Socket(context);
        // Linger on with a zero timeout makes Close send RST instead of FIN.
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
        context.Abort();
    }

    private static void CloseSilently(HttpContext context)
    {
        var socket = Socket(context);
        socket.Shutdown(SocketShutdown.Both);
        context.Abort();
    }

    private static async Task SendMalformedChunkAsync(HttpContext context, CapturedResponse captured)
    {
        var socket = Socket(context);
        var first = captured.Body.AsSpan(0, Math.Min(captured.Body.Length, 16)).ToArray();
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(captured.StatusCode).Append(" OK\r\n")
            .Append("Content-Type: ").Append(captured.ContentType ?? "application/octet-stream").Append("\r\n")
            .Append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            .Append(first.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        var tail = "\r\nZZ-not-a-chunk-size\r\n";
        byte[] bytes = [.. Encoding.ASCII.GetBytes(head.ToString()), .. first, .. Encoding.ASCII.GetBytes(tail)];
        await socket.SendAsync(bytes, SocketFlags.None, context.RequestAborted);
        socket.Shutdown(SocketShutdown.Both);
        context.Abort();
    }

    private static Socket Socket(HttpContext context) =>
        context.Features.Get<IConnectionSocketFeature>()?.Socket
        ?? throw new InvalidOperationException("transport faults need Kestrel's socket transport (HTTP/1.1 over TCP)");
}
