using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EsnHarness.Stubs.Esn;

/// <summary>The AVL feeds of one session: wait for a resource's position to reach a control room, or send one.</summary>
public sealed class AvlStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "avl";

    /// <summary>Waits until <paramref name="agency"/>'s AVL feed receives a position report for <paramref name="resource"/>.</summary>
    public Task<IReadOnlyList<ReceivedRequest>> WaitForPositionAsync(string agency, string resource, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        session.WaitForAsync(
            RequestExpectation.To(Endpoint, RequestCondition.Method("POST"), RequestCondition.Path($"/avl/{AgencySegment.Of(agency)}/positions"), RequestCondition.JsonPath("$.properties.resource", resource)),
            RequestCount.AtLeastOf(1),
            timeout,
            cancellationToken);

    /// <summary>
    /// Sends <paramref name="agency"/>'s AVL feed a position report for <paramref name="resource"/> as a location feed
    /// would: a GeoJSON Point Feature (RFC 7946) whose coordinates are <paramref name="first"/> then
    /// <paramref name="second"/>, exactly as given (RFC 7946 wants [longitude, latitude]). Returns the feed's answer.
    /// </summary>
    public async Task<AvlAnswer> SendPositionAsync(string agency, string resource, double first, double second, DateTimeOffset measuredAt, CancellationToken cancellationToken = default)
    {
        var feature = new Dictionary<string, object>
        {
            ["type"] = "Feature",
            ["geometry"] = new Dictionary<string, object> { ["type"] = "Point", ["coordinates"] = new[] { first, second } },
            ["properties"] = new Dictionary<string, object> { ["resource"] = resource, ["time"] = measuredAt.ToString("O", CultureInfo.InvariantCulture), ["source"] = "gnss" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Address, $"avl/{AgencySegment.Of(agency)}/positions"))
        {
            Content = new StringContent(JsonSerializer.Serialize(feature), Encoding.UTF8, "application/geo+json"),
        };
        using var response = await session.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? problem = null;
        if (!response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var json = JsonDocument.Parse(text);
            problem = json.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
        }

        return new AvlAnswer((int)response.StatusCode, problem);
    }
}
