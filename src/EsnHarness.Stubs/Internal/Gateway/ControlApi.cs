using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>
/// The gateway's HTTP control API under <c>/__esn/</c>: open and close isolated sessions, and drive one session's
/// scenario states, faults, runtime mappings and journal, as the harness does in-process with a <see cref="StubSession"/>.
/// Each session's stubs are served under <c>/__esn/s/{id}/</c>; every other path is the shared standalone server.
/// </summary>
internal static class ControlApi
{
    public const string SessionPrefix = "__esn/s/";

    public static void Map(WebApplication app, StubHost host, GatewaySessions sessions, StubProxy proxy, StubGatewayOptions options)
    {
        var control = app.MapGroup("/__esn/sessions");
        control.MapPost("/", (Delegate)((HttpContext context) => OpenAsync(sessions, context)));
        control.MapDelete("/{id}", async (string id) => await sessions.CloseAsync(id) ? Results.NoContent() : NoSession(id));
        control.MapPut("/{id}/scenarios/{name}", (string id, string name, HttpContext context) => WithSession(sessions, id, async session =>
        {
            var body = await ReadAsync(context, ControlJsonContext.Default.ScenarioStateBody);
            session.SetScenarioState(name, body.State);
            return Results.NoContent();
        }));
        control.MapPut("/{id}/faults/{endpoint}", (string id, string endpoint, HttpContext context) => WithSession(sessions, id, async session =>
        {
            session.SetFault(endpoint, (await ReadAsync(context, ControlJsonContext.Default.FaultBody)).ToFault());
            return Results.NoContent();
        }));
        control.MapDelete("/{id}/faults/{endpoint}", (string id, string endpoint) => WithSession(sessions, id, session =>
        {
            session.ClearFaults(endpoint);
            return Task.FromResult(Results.NoContent());
        }));
        control.MapPost("/{id}/mappings/{endpoint}", (string id, string endpoint, HttpContext context) => WithSession(sessions, id, async session =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var guid = session.AddMapping(endpoint, await reader.ReadToEndAsync(context.RequestAborted));
            return Results.Json(new MappingAdded(guid), ControlJsonContext.Default.MappingAdded, statusCode: 201);
        }));
        control.MapDelete("/{id}/mappings/{guid:guid}", (string id, Guid guid) => WithSession(sessions, id, session =>
        {
            session.RemoveMapping(guid);
            return Task.FromResult(Results.NoContent());
        }));
        control.MapGet("/{id}/requests", (string id, int? after, int? waitMs, HttpContext context) => WithSession(sessions, id, async session =>
        {
            var wait = TimeSpan.FromMilliseconds(Math.Clamp(waitMs ?? 0, 0, (int)options.MaxPoll.TotalMilliseconds));
            var entries = await JournalAfterAsync(session, after ?? 0, wait, context.RequestAborted);
            return Results.Json(entries, ControlJsonContext.Default.ListReceivedRequest);
        }));
        app.Map($"/{SessionPrefix}{{id}}/{{**rest}}", async (string id, string? rest, HttpContext context) =>
        {
            if (sessions.Find(id) is not { } session)
            {
                await NoSession(id).ExecuteAsync(context);
                return;
            }

            await proxy.ForwardAsync(context, session.Address, rest ?? string.Empty);
        });
        app.MapFallback((HttpContext context) => proxy.ForwardAsync(context, host.Address, context.Request.Path.Value!.TrimStart('/')));
    }

    private static async Task<IResult> OpenAsync(GatewaySessions sessions, HttpContext context)
    {
        (string Id, StubSession Session)? opened;
        try
        {
            var body = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
                ? await ReadAsync(context, ControlJsonContext.Default.OpenSessionBody)
                : null;
            opened = await sessions.OpenAsync(body?.Defects ?? [], context.RequestAborted);
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return Error(400, e.Message.ReplaceLineEndings(" "));
        }

        return opened is { } session
            ? Results.Json(new SessionOpened(session.Id, $"{SessionPrefix}{session.Id}/", session.Session.Endpoints, session.Session.Defects), ControlJsonContext.Default.SessionOpened, statusCode: 201)
            : Error(503, $"{sessions.Count} sessions are open, the most this gateway allows; close finished sessions (DELETE /__esn/sessions/{{id}})");
    }

    private static async Task<IResult> WithSession(GatewaySessions sessions, string id, Func<StubSession, Task<IResult>> action)
    {
        if (sessions.Find(id) is not { } session)
        {
            return NoSession(id);
        }

        try
        {
            return await action(session);
        }
        catch (StubMappingException e)
        {
            return Error(400, string.Join("; ", e.Problems.Select(p => p.ToString())));
        }
        catch (Exception e) when (e is ArgumentException or JsonException or InvalidOperationException)
        {
            return Error(400, e.Message.ReplaceLineEndings(" "));
        }
    }

    private static async Task<List<ReceivedRequest>> JournalAfterAsync(StubSession session, int after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Changed(object? sender, EventArgs e) => arrived.TrySetResult();
        session.JournalChanged += Changed;
        try
        {
            var entries = session.Received().Where(r => r.Sequence > after).ToList();
            if (entries.Count > 0 || wait <= TimeSpan.Zero)
            {
                return entries;
            }

            try
            {
                await arrived.Task.WaitAsync(wait, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Nothing new within the poll: answer with an empty page; the client polls again until its own deadline.
            }

            return session.Received().Where(r => r.Sequence > after).ToList();
        }
        finally
        {
            session.JournalChanged -= Changed;
        }
    }

    private static async Task<T> ReadAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted)
        ?? throw new JsonException($"the body of {context.Request.Method} {context.Request.Path} is empty; expected a JSON {typeof(T).Name}");

    private static IResult NoSession(string id) => Error(404, $"no open stub session '{id}' on this gateway (closed, or opened by an earlier run of esn stubs serve)");

    private static IResult Error(int status, string message) => Results.Json(new ControlError(message), ControlJsonContext.Default.ControlError, statusCode: status);
}
