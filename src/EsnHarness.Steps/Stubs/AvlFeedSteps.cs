using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Stubs;

/// <summary>A control room's AVL feed (the avl role) judged at its input: the harness plays the location feed's sending
/// end, and the AVL's answer (plotted or refused) is what is judged. A resource is named by its callsign, or a name
/// ending in it ("Crew A241" → A241).</summary>
[Binding]
public sealed class AvlFeedSteps(ScenarioStubs stubs, Cast cast, NetworkDriver network, EsnSession session)
{
    private (Agency Agency, string Resource, AvlAnswer Answer)? _last;

    [When("the {agency} AVL is sent the position of {string} at {place}",
        Description = "A location feed sends the agency's AVL (the avl role) a GeoJSON position report (RFC 7946: [longitude, latitude], WGS 84) of the resource at the place, measured now; the AVL's answer is kept for the next step.",
        Example = "When the LFB AVL is sent the position of \"Crew A241\" at \"Soho fire station\"")]
    public async Task Sent(Agency agency, string resource, PlaceName place)
    {
        var at = await network.LocationOfAsync(place);
        await SendAsync(agency, resource, at.Longitude, at.Latitude);
    }

    [When("the {agency} AVL is sent the position of {string} at {place} with latitude and longitude swapped",
        Description = "A faulty location feed sends the agency's AVL the resource's position at the place as [latitude, longitude], the wrong order for GeoJSON (RFC 7946 §3.1.1); the AVL's answer is kept for the next step.",
        Example = "When the LFB AVL is sent the position of \"Crew A241\" at \"Soho fire station\" with latitude and longitude swapped")]
    public async Task SentSwapped(Agency agency, string resource, PlaceName place)
    {
        var at = await network.LocationOfAsync(place);
        await SendAsync(agency, resource, at.Latitude, at.Longitude);
    }

    [When("the {agency} AVL is sent a position of {string} at latitude {double}, longitude {double}",
        Description = "A location feed sends the agency's AVL a position report of the resource at those WGS 84 coordinates, in GeoJSON order; the AVL's answer is kept for the next step.",
        Example = "When the LAS AVL is sent a position of \"Crew RRU43\" at latitude 53.4808, longitude -2.2426")]
    public Task SentAt(Agency agency, string resource, double latitude, double longitude) => SendAsync(agency, resource, longitude, latitude);

    [Then("the {agency} AVL accepts the position of {string}",
        Description = "The agency's AVL took the last position report of the resource for its map (HTTP 2xx).",
        Example = "Then the LFB AVL accepts the position of \"Crew A241\"")]
    public void Accepts(Agency agency, string resource)
    {
        var answer = Last(agency, resource);
        if (!answer.Accepted)
        {
            throw new ExpectationFailedException($"The {agency.Name()} AVL refused {resource}'s position report: {answer}.");
        }
    }

    [Then("the {agency} AVL refuses the position of {string}",
        Description = "The agency's AVL refused the last position report of the resource (HTTP 4xx) instead of plotting it.",
        Example = "Then the LFB AVL refuses the position of \"Crew A241\"")]
    public void Refuses(Agency agency, string resource)
    {
        var answer = Last(agency, resource);
        if (answer.StatusCode is < 400 or >= 500)
        {
            throw new ExpectationFailedException($"The {agency.Name()} AVL answered {resource}'s position report with {answer}; expected a refusal (4xx), so the map never plots it.");
        }
    }

    private async Task SendAsync(Agency agency, string resource, double first, double second)
    {
        cast.Involve(agency, "AVL feed");
        var answer = await (await stubs.AvlAsync()).SendPositionAsync(agency.Name(), Callsign(resource), first, second, session.Target.Clock.GetUtcNow());
        _last = (agency, resource, answer);
    }

    private AvlAnswer Last(Agency agency, string resource) =>
        _last is { } last && last.Agency == agency && last.Resource == resource
            ? last.Answer
            : throw new ArgumentException($"No position report of {resource} was sent to the {agency.Name()} AVL in this scenario.");

    private static string Callsign(string resource) => resource.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
