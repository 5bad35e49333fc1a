using EsnHarness.Bdd;
using EsnHarness.Stubs;

namespace EsnHarness.Steps.Stubs;

/// <summary>Generic steps for any HTTP stub endpoint under stubs/ (<c>idms</c>, <c>gms</c>, <c>cms</c>, <c>kms</c>,
/// <c>cad</c>, <c>avl</c>): WireMock scenario states, faults, and assertions on the requests received.</summary>
[Binding]
public sealed class StubSteps(ScenarioStubs stubs)
{
    [Given("the {word} stub scenario {string} is in state {string}",
        Description = "Moves a WireMock scenario of the stubs to a state, for this scenario only.",
        Example = "Given the cad stub scenario \"LAS incident C1-0412\" is in state \"acknowledged\"")]
    public async Task ScenarioIsInState(string endpoint, string scenario, string state) =>
        await (await stubs.SessionAsync(Endpoint(endpoint))).SetScenarioStateAsync(scenario, state);

    [Given("the {word} stub answers after {int} ms",
        Description = "Delays every answer of an endpoint by a fixed time (network latency).",
        Example = "Given the idms stub answers after 800 ms")]
    public Task AnswersAfter(string endpoint, int milliseconds) =>
        SetFault(endpoint, StubFault.FixedDelay(TimeSpan.FromMilliseconds(milliseconds)));

    [Given("the {word} stub answers after between {int} and {int} ms",
        Description = "Delays every answer of an endpoint by a random time in a range (jitter).",
        Example = "Given the gms stub answers after between 100 and 900 ms")]
    public Task AnswersAfterBetween(string endpoint, int minimum, int maximum) =>
        SetFault(endpoint, StubFault.RandomDelay(TimeSpan.FromMilliseconds(minimum), TimeSpan.FromMilliseconds(maximum)));

    [Given("the {word} stub fails with HTTP {int}",
        Description = "Every request to the endpoint gets this HTTP error status with a problem+json body.",
        Example = "Given the kms stub fails with HTTP 503")]
    public Task FailsWith(string endpoint, int status) => SetFault(endpoint, StubFault.HttpError(status));

    [Given("the next {int} request(s) to the {word} stub fail(s) with HTTP {int}",
        Description = "Only the next N requests to the endpoint get this HTTP error; later ones are answered normally.",
        Example = "Given the next 2 requests to the idms stub fail with HTTP 500")]
    public Task NextFailWith(int count, string endpoint, int status) => SetFault(endpoint, StubFault.HttpError(status, count));

    [Given("the {word} stub closes connections without answering",
        Description = "The endpoint closes each connection without sending a byte (empty response).",
        Example = "Given the cms stub closes connections without answering")]
    public Task ClosesWithoutAnswering(string endpoint) => SetFault(endpoint, StubFault.EmptyResponse());

    [Given("the {word} stub sends malformed chunks",
        Description = "The endpoint starts a chunked answer, then sends an invalid chunk and closes.",
        Example = "Given the gms stub sends malformed chunks")]
    public Task SendsMalformedChunks(string endpoint) => SetFault(endpoint, StubFault.MalformedChunk());

    [Given("the {word} stub resets connections",
        Description = "The endpoint resets each TCP connection (RST) instead of answering.",
        Example = "Given the cad stub resets connections")]
    public Task ResetsConnections(string endpoint) => SetFault(endpoint, StubFault.ConnectionReset());

    [Given("the {word} stub works normally again",
        Description = "Switches every fault of the endpoint off.",
        Example = "Given the cad stub works normally again")]
    public async Task WorksNormally(string endpoint) => await (await stubs.SessionAsync(Endpoint(endpoint))).ClearFaultsAsync(Endpoint(endpoint));

    [Then("the {word} stub received exactly {int} request(s) matching:",
        Description = "Asserts the count of requests an endpoint received that meet every condition in the table (condition | value: method, path, header NAME, query NAME, form NAME, json PATH, xpath EXPR, body contains).",
        Example = "Then the idms stub received exactly 1 request matching:\n  | condition     | value                          |\n  | method        | POST                           |\n  | form username | sip:las.rru43@las.esn.gov.uk   |")]
    public async Task ReceivedExactly(string endpoint, int count, DataTable conditions) =>
        await (await stubs.SessionAsync(Endpoint(endpoint))).VerifyAsync(Expectation(endpoint, conditions), RequestCount.Exactly(count));

    [Then("the {word} stub received at least {int} request(s) matching:",
        Description = "Asserts an endpoint received at least N requests meeting every condition in the table.",
        Example = "Then the cad stub received at least 1 request matching:\n  | condition | value    |\n  | json $.status | At scene |")]
    public async Task ReceivedAtLeast(string endpoint, int count, DataTable conditions) =>
        await (await stubs.SessionAsync(Endpoint(endpoint))).VerifyAsync(Expectation(endpoint, conditions), RequestCount.AtLeastOf(count));

    [Then("the {word} stub receives at least {int} request(s) within {int} ms matching:",
        Description = "Waits (event-driven, with a deadline) until an endpoint has received at least N requests meeting every condition.",
        Example = "Then the avl stub receives at least 1 request within 20000 ms matching:\n  | condition | value |\n  | json $.properties.resource | A241 |")]
    public async Task ReceivesWithin(string endpoint, int count, int milliseconds, DataTable conditions) =>
        await (await stubs.SessionAsync(Endpoint(endpoint))).WaitForAsync(Expectation(endpoint, conditions), RequestCount.AtLeastOf(count), TimeSpan.FromMilliseconds(milliseconds));

    [Then("the {word} stub received no requests",
        Description = "Asserts nothing reached the endpoint in this scenario.",
        Example = "Then the kms stub received no requests")]
    public async Task ReceivedNone(string endpoint) =>
        await (await stubs.SessionAsync(Endpoint(endpoint))).VerifyAsync(RequestExpectation.To(Endpoint(endpoint)), RequestCount.Exactly(0));

    private async Task SetFault(string endpoint, StubFault fault) => await (await stubs.SessionAsync(Endpoint(endpoint))).SetFaultAsync(Endpoint(endpoint), fault);

    private static string Endpoint(string name) => name.ToLowerInvariant();

    private static RequestExpectation Expectation(string endpoint, DataTable table)
    {
        var rows = table.Cells.Count > 0 && table.Cells[0].Count >= 2 && table.Cells[0][0].Equals("condition", StringComparison.OrdinalIgnoreCase)
            ? table.Cells.Skip(1)
            : table.Cells;
        return new RequestExpectation(Endpoint(endpoint), rows.Select(row => row.Count >= 2
            ? RequestCondition.Parse(row[0], row[1])
            : throw new FormatException($"a request condition row needs two cells (condition | value), got '{string.Join(" | ", row)}'")).ToList());
    }
}
