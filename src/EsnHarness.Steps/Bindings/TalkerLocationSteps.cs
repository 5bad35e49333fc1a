using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Where the talker is, as listeners and consoles are shown it on Floor Taken (the talker's last known location, TS 23.280 §10.9).</summary>
[Binding]
public sealed class TalkerLocationSteps(Talkers talkers, Cast cast)
{
    /// <summary>A listener sees where the talker is.</summary>
    [Then("{user} sees {user} talking on {group} at {place}", Description = "The listener's terminal shows the talker (Floor Taken) with a location within 300 m of the place.",
        Example = "Then \"PS Okoro\" sees \"PC Patel\" talking on \"MPS-LX-OPS1\" at \"Brixton\"")]
    public Task SeesAt(UserName listener, UserName talker, GroupName group, PlaceName place) => talkers.ExpectLocationAsync(listener, talker, group, place);

    /// <summary>A console sees where the talker is.</summary>
    [Then("the {controlRoom} console shows {user} talking on {group} at {place}", Description = "A console of the control room shows the talker (Floor Taken) with a location within 300 m of the place.",
        Example = "Then the LAS EOC console shows \"Paramedic Okafor\" talking on \"LAS-SOUTH-SECTOR\" at \"Waterloo\"")]
    public Task ConsoleShowsAt(ControlRoom room, UserName talker, GroupName group, PlaceName place) =>
        talkers.ExpectLocationAsync(cast.Consoles(room)[0].Name, talker, group, place);
}
