using System.Text.Json;
using EsnHarness.WebConsole.Internal.Mcx;
using EsnHarness.WebConsole.Internal.State;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>The screen's live feed (server-sent events carrying the whole state after each change) and its actions, both of the
/// position the console serves now. Only a logged-in page may use them; an MCX refusal comes back as 409 with the MCX's own words.</summary>
internal static class ConsoleApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The screen is sent the state at most this often: a talk burst changes the audio meter fifty times a second, and a
    /// screen redrawn at that rate (one per dispatcher position, on one machine) starves everything else.</summary>
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetService(typeof(LoginSessions)) is LoginSessions sessions && sessions.IsLoggedIn(context.HttpContext)
                ? await next(context)
                : Results.Unauthorized());
        api.MapGet("/events", StreamAsync);
        api.MapPost("/ptt", (PttBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.PttAsync(body.Group is { Length: > 0 } g ? PttTarget.Group(g, body.Broadcast) : PttTarget.Call(Required(body.CallId, "callId")), body.Pressed, ct)));
        api.MapPost("/alerts/acknowledge", (UserBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.AcknowledgeAsync(Required(body.User, "user"), ct)));
        api.MapPost("/alerts/cancel", (UserBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.CancelEmergencyAsync(Required(body.User, "user"), ct)));
        api.MapPost("/monitor", (GroupBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.MonitorAsync(Required(body.Group, "group").Trim(), ct)));
        api.MapPost("/affiliations", (AffiliationBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.AffiliateAsync(Required(body.User, "user"), Required(body.Group, "group"), ct)));
        api.MapPost("/messages", (MessageBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.SendMessageAsync(Required(body.To, "to"), Required(body.Text, "text"), body.Read, ct)));
        api.MapPost("/calls", (CallSetupBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.CallAsync(Required(body.User, "user"), body.Automatic, ct)));
        api.MapPost("/calls/listen", (UserBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.ListenAsync(Required(body.User, "user"), ct)));
        api.MapPost("/handovers", (HandoverBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.HandOverAsync(Required(body.To, "to"), Required(body.Incident, "incident"), Required(body.Details, "details"), ct)));
        api.MapPost("/handovers/read", (MessageIdBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.ReadHandoverAsync(Required(body.MessageId, "messageId"), ct)));
        api.MapPost("/calls/answer", (AnswerBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.AnswerAsync(Required(body.CallId, "callId"), body.Accept, ct)));
        api.MapPost("/calls/end", (CallBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.EndCallAsync(Required(body.CallId, "callId"), ct)));
        api.MapPost("/patches", (PatchBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.PatchAsync(Required(body.First, "first"), Required(body.Second, "second"), ct)));
        api.MapPost("/patches/remove", (PatchIdBody body, ConsoleActions actions, CancellationToken ct) =>
            Act(() => actions.UnpatchAsync(Required(body.PatchId, "patchId"), ct)));
        return app;
    }

    /// <summary>
    /// The position's state after each change, until the page closes or the console stops. When the position ends (the host is
    /// vacated) the page is told so (<c>vacant</c>, and it clears its screen) before anything of the next position seated is sent, so
    /// a page kept open from one scenario to the next never shows a mix of two positions; a page that connects while the host is
    /// vacant is told so at once.
    /// </summary>
    private static async Task StreamAsync(HttpContext context, PositionSlot slot, IHostApplicationLifetime lifetime, CancellationToken requestAborted)
    {
        context.Response.ContentType = "text/event-stream";
        using var open = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        try
        {
            if (slot.Current is null)
            {
                await VacantAsync(context, open.Token);
            }

            while (!open.IsCancellationRequested)
            {
                var session = await slot.NextAsync(open.Token);
                await StreamPositionAsync(context, session, open.Token);
                if (ReferenceEquals(slot.Current, session))
                {
                    return; // the session ended on its own, still seated: the feed ends (the page reconnects)
                }

                await VacantAsync(context, open.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the console is stopping.
        }
    }

    private static async Task VacantAsync(HttpContext context, CancellationToken ct)
    {
        await context.Response.WriteAsync("event: vacant\ndata: {}\n\n", ct);
        await context.Response.Body.FlushAsync(ct);
    }

    /// <summary>One position's state after each change, until its session ends (or the page closes).</summary>
    private static async Task StreamPositionAsync(HttpContext context, DispatcherSession session, CancellationToken open)
    {
        using var subscription = session.State.Feed.Subscribe();
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(open, session.Ending);
        var ct = ending.Token;
        var sent = DateTimeOffset.MinValue;
        try
        {
            do
            {
                var early = sent + MinInterval - session.Time.GetUtcNow();
                if (early > TimeSpan.Zero)
                {
                    await Task.Delay(early, session.Time, ct); // allowed: a refresh rate, not a wait for something; changes meanwhile are coalesced
                }

                subscription.Signals.TryRead(out _);
                var snapshot = session.State.Read(m => SnapshotBuilder.Build(m, session.Directory));
                await context.Response.WriteAsync($"event: state\ndata: {JsonSerializer.Serialize(snapshot, Json)}\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
                sent = session.Time.GetUtcNow();
            }
            while (await subscription.Signals.WaitToReadAsync(ct));
        }
        catch (OperationCanceledException) when (!open.IsCancellationRequested)
        {
            // The position's session ended: the caller tells the page.
        }
    }

    private static async Task<IResult> Act(Func<Task> action)
    {
        try
        {
            await action();
            return Results.NoContent();
        }
        catch (ArgumentException e)
        {
            return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (WebConsoleConfigurationException e) when (e.InnerException is RpcException refused)
        {
            // The MCX refused what the console asked for the dispatcher (e.g. an affiliation): its own words, as for an action.
            return Results.Json(new { error = refused.Status.Detail.Length > 0 ? refused.Status.Detail : refused.StatusCode.ToString() }, Json, statusCode: StatusCodes.Status409Conflict);
        }
        catch (RpcException e)
        {
            return Results.Json(new { error = e.Status.Detail.Length > 0 ? e.Status.Detail : e.StatusCode.ToString() }, Json, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"field '{field}' is required") : value;

    internal sealed record PttBody(string? Group, string? CallId, bool Pressed, bool Broadcast);

    internal sealed record UserBody(string? User);

    internal sealed record MessageBody(string? To, string? Text, bool Read);

    internal sealed record HandoverBody(string? To, string? Incident, string? Details);

    internal sealed record MessageIdBody(string? MessageId);

    internal sealed record CallSetupBody(string? User, bool Automatic);

    internal sealed record AffiliationBody(string? User, string? Group);

    internal sealed record GroupBody(string? Group);

    internal sealed record AnswerBody(string? CallId, bool Accept);

    internal sealed record CallBody(string? CallId);

    internal sealed record PatchBody(string? First, string? Second);

    internal sealed record PatchIdBody(string? PatchId);
}
