using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped MPS check service (police national computer style) as an officer uses it: the query goes as an SDS
/// to the MPS CAD gateway (the cadGateway role), which asks the back office over HTTP (the cad role's
/// <c>/cad/mps/checks</c>) and sends the answer back as an SDS. The harness sees only the officer's terminal; the round
/// trip runs from the query leaving it to the answer arriving on it.
/// </summary>
public sealed class CheckService(Messaging messaging, CadGateway cad, EsnSession session, KpiRecorder kpi)
{
    private readonly Dictionary<string, (string Query, DateTimeOffset Sent)> _asked = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Round trip from the query leaving the officer's terminal to the answer shown on it.</summary>
    public static Metric RoundTrip { get; } = Metric.Single("Check query round trip");

    /// <summary>The officer sends the query to the MPS CAD gateway.</summary>
    public async Task AskAsync(UserName officer, string query)
    {
        var gateway = await cad.GatewayAsync(Agency.Mps);
        var sent = session.Target.Clock.GetUtcNow();
        await messaging.SendSdsAsync(officer, gateway, null, $"CHECK {query}", Disposition.None);
        _asked[officer.Value] = (query, sent);
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
        if (answer.Text[$"CHECK {query}: ".Length..].StartsWith("no answer (", StringComparison.Ordinal))
        {
            throw new ExpectationFailedException($"The back office gave no answer to \"{query}\": {answer.Text}");
        }

        kpi.AssertValue(RoundTrip, (answer.ReceivedAt - sent.UtcDateTime).TotalMilliseconds, within.TotalMilliseconds, Comparison.Below);
    }
}
