using System.Text;

namespace EsnHarness.Stubs.Internal;

/// <summary>Counts the requests meeting an expectation and explains a shortfall.</summary>
internal static class VerificationReport
{
    private const int MaxListed = 20;

    public static IReadOnlyList<ReceivedRequest> Matching(RequestExpectation expectation, IReadOnlyList<ReceivedRequest> received) =>
        received.Where(r => r.Endpoint == expectation.Endpoint && expectation.Conditions.All(c => c.Evaluate(r).Matched)).ToList();

    public static string Explain(RequestExpectation expectation, RequestCount count, IReadOnlyList<ReceivedRequest> received, string? suffix = null)
    {
        var toEndpoint = received.Where(r => r.Endpoint == expectation.Endpoint).ToList();
        var matching = Matching(expectation, received);
        var text = new StringBuilder()
            .Append($"expected {count} to {expectation} but {matching.Count} matched{suffix}.");

        if (matching.Count > count.Count && !count.AtLeast)
        {
            AppendList(text, "Matching requests", matching);
            return text.ToString();
        }

        AppendList(text, $"Requests received by '{expectation.Endpoint}'", toEndpoint);
        if (toEndpoint.Count == 0 && received.Count > 0)
        {
            text.Append($"\nOther endpoints received {received.Count} request{(received.Count == 1 ? string.Empty : "s")}: {string.Join(", ", received.Select(r => r.Endpoint).Distinct())}.");
        }

        var closest = toEndpoint
            .Where(r => !expectation.Conditions.All(c => c.Evaluate(r).Matched))
            .Select(r => (Request: r, Results: expectation.Conditions.Select(c => (Condition: c, Result: c.Evaluate(r))).ToList()))
            .OrderByDescending(x => x.Results.Count(y => y.Result.Matched))
            .ThenBy(x => x.Request.Sequence)
            .FirstOrDefault();
        if (closest.Request is not null)
        {
            var failed = closest.Results.Where(x => !x.Result.Matched).ToList();
            text.Append($"\nClosest: #{closest.Request.Sequence} met {closest.Results.Count - failed.Count} of {closest.Results.Count} conditions; ")
                .Append(string.Join("; ", failed.Select(f => $"{f.Condition.Description}: was {f.Result.Actual}")));
        }

        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string heading, IReadOnlyList<ReceivedRequest> requests)
    {
        text.Append($"\n{heading} ({requests.Count}):");
        if (requests.Count == 0)
        {
            text.Append(" none");
        }

        foreach (var request in requests.Take(MaxListed))
        {
            text.Append("\n  ").Append(request);
        }

        if (requests.Count > MaxListed)
        {
            text.Append($"\n  ... and {requests.Count - MaxListed} more");
        }
    }
}
