namespace EsnHarness.Stubs;

/// <summary>Which requests to an endpoint a verification counts: those meeting every condition.</summary>
/// <param name="Endpoint">The endpoint folder (<c>idms</c>, <c>cad</c>...).</param>
/// <param name="Conditions">Conditions a request must all meet; none means every request to the endpoint.</param>
public sealed record RequestExpectation(string Endpoint, IReadOnlyList<RequestCondition> Conditions)
{
    /// <summary>Every request to <paramref name="endpoint"/> meeting <paramref name="conditions"/>.</summary>
    public static RequestExpectation To(string endpoint, params RequestCondition[] conditions) => new(endpoint, conditions);

    /// <summary>This expectation with one more condition.</summary>
    public RequestExpectation And(RequestCondition condition) => this with { Conditions = [.. Conditions, condition] };

    /// <summary>E.g. <c>idms [method POST, path /idms/token]</c>.</summary>
    public override string ToString() => Conditions.Count == 0
        ? $"'{Endpoint}' (any request)"
        : $"'{Endpoint}' matching [{string.Join(", ", Conditions.Select(c => c.Description))}]";
}
