using System.Net.Http.Json;
using EsnHarness.Bdd;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped MPS check service (police national computer style): an officer's query goes as an SDS to the MPS
/// check gateway (an MCX client), which asks the back office over HTTP (the CAD stub's <c>/cad/mps/checks</c> in the
/// reference profile) and sends the answer back as an SDS. The round trip is measured on the officer's terminal clock.
/// </summary>
public sealed class CheckService(TerminalFleet fleet, Messaging messaging, ScenarioStubs stubs, EsnSession session, KpiRecorder kpi, IOutputHelper output)
{
    private static readonly UserName Gateway = new("MPS check gateway");
    private readonly Dictionary<string, (string Query, DateTime Sent)> _asked = new(StringComparer.OrdinalIgnoreCase);
    private bool _loggedOn;
    private IStubSession? _backOffice;

    /// <summary>Round trip from the query leaving the officer's terminal to the answer shown on it.</summary>
    public static Metric RoundTrip { get; } = Metric.Single("Check query round trip");

    /// <summary>The officer sends the query; the gateway relays it to the back office and sends the answer back.</summary>
    public async Task AskAsync(UserName officer, string query)
    {
        if (!_loggedOn)
        {
            await fleet.LogOnAsync(Gateway, Agency.Mps, new PlaceName("Lambeth"), MemberKind.Console);
            _loggedOn = true;
        }

        await ConnectBackOfficeAsync();

        await messaging.SendSdsAsync(officer, Gateway, null, $"CHECK {query}", Disposition.None);
        var asked = await messaging.ExpectSdsAsync(Gateway, $"CHECK {query}", session.Timeout);
        _asked[officer.Value] = (query, asked.SentAt ?? throw new ExpectationFailedException($"The check query from {officer} carries no sent time."));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await BackOfficeAsync(officer, query);
        output.WriteLine($"The check gateway got \"{query}\" {(DateTime.UtcNow - asked.ReceivedAt).TotalMilliseconds:0} ms after it arrived; the back office answered in {clock.ElapsedMilliseconds} ms.");
        await messaging.SendSdsAsync(Gateway, officer, null, $"CHECK {query}: {answer}", Disposition.None);
    }

    /// <summary>Waits for the answer on the officer's terminal; judges the round trip against the limit and attaches it as evidence.</summary>
    public async Task ExpectAnswerAsync(UserName officer, TimeSpan within)
    {
        if (!_asked.TryGetValue(officer.Value, out var asked))
        {
            throw new ExpectationFailedException($"{officer} has sent no check query in this scenario.");
        }

        var (query, sent) = asked;
        var answer = await messaging.ExpectSdsMatchingAsync(officer, t => t.StartsWith($"CHECK {query}: ", StringComparison.Ordinal), $"the answer to check \"{query}\"",
            within + session.Timeout);
        kpi.AssertValue(RoundTrip, (answer.ReceivedAt - sent).TotalMilliseconds, within.TotalMilliseconds, Comparison.Below);
    }

    /// <summary>
    /// The gateway keeps a connection to the back office, open before any officer asks, as a deployed gateway does.
    /// In the reference profile each scenario gets a fresh stub server whose first request pays its start-up (matchers,
    /// connection: seconds on a loaded machine); one status request here keeps that out of the measured round trip.
    /// </summary>
    private async Task ConnectBackOfficeAsync()
    {
        if (_backOffice is not null)
        {
            return;
        }

        _backOffice = await stubs.SessionAsync(CadStub.Endpoint);
        using var probe = await _backOffice.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_backOffice.Address, "cad/mps/checks")));
    }

    private async Task<string> BackOfficeAsync(UserName officer, string query)
    {
        var backOffice = _backOffice ?? throw new InvalidOperationException("The check gateway has no back-office connection.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(backOffice.Address, "cad/mps/checks"))
        {
            Content = JsonContent.Create(new { query, requester = officer.Value.Split(' ')[^1] }),
        };
        using var response = await backOffice.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new ExpectationFailedException($"The MPS check service refused \"{query}\": HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadFromJsonAsync<CheckAnswer>()
            ?? throw new ExpectationFailedException($"The MPS check service answered \"{query}\" with an empty body.");
        return body.Result is { Length: > 0 } result
            ? result
            : throw new ExpectationFailedException($"The MPS check service answered the query \"{query}\" without a result.");
    }

    private sealed record CheckAnswer(string? Result);
}
