using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>What Airwave (TETRA) radio users do and what their radios show across the bridge (TS 23.283).</summary>
[Binding]
public sealed class AirwaveRadioSteps(Interworking interworking, AirwaveTerminals terminals, AirwaveChecks checks, BridgedEsnChecks esn)
{
    private static readonly TimeSpan MaxOpenMicrophone = TimeSpan.FromMinutes(2);

    /// <summary>The TETRA emergency button.</summary>
    [When("{user} presses the emergency button on their Airwave radio with the microphone open for {int} s",
        Description = "The radio's emergency button: an emergency alarm, then an emergency call in which the radio transmits without PTT for the time given (0 to 120 s; Airwave's is configuration, about 10 s typical).",
        Example = "When \"PC Doyle\" presses the emergency button on their Airwave radio with the microphone open for 1 s")]
    public async Task Emergency(UserName user, int seconds)
    {
        var open = TimeSpan.FromSeconds(seconds);
        if (open < TimeSpan.Zero || open > MaxOpenMicrophone)
        {
            throw new ArgumentException($"The open-microphone time must be 0 to {MaxOpenMicrophone.TotalSeconds:0} s, got {seconds} s.");
        }

        await interworking.EmergencyAsync(user, open, location: null);
    }

    /// <summary>A radio user (also on ESN) talks on their radio.</summary>
    [When("{user} talks on their Airwave radio", Description = "The person presses PTT on their Airwave radio and, once granted, speaks a short burst (whether or not they are also logged on to ESN).",
        Example = "When \"PC Okoro\" talks on their Airwave radio")]
    public Task Talks(UserName user) => interworking.TalkAsync(user);

    /// <summary>Talker shown on the radio.</summary>
    [Then("the Airwave radio of {user} shows {user} talking as ISSI {string}", Description = "The radio shows the talker transmitting under that ISSI with their name (from the IWF's identity table).",
        Example = "Then the Airwave radio of \"PC Doyle\" shows \"PC Patel\" talking as ISSI \"2101001\"")]
    public Task ShowsTalking(UserName owner, UserName talker, string issi) => checks.ExpectShowsTalkingAsync(terminals.Radio(owner), talker, issi);

    /// <summary>Radio told the interworking is lost.</summary>
    [Then("the Airwave radio of {user} is told interworking with ESN is lost", Description = "The radio is told its talkgroup is no longer patched to ESN (so its user knows ESN no longer hears them).",
        Example = "Then the Airwave radio of \"PC Doyle\" is told interworking with ESN is lost")]
    public Task ToldLost(UserName owner) => checks.ExpectToldLostAsync(terminals.Radio(owner));

    /// <summary>An ESN user hears a person's Airwave radio.</summary>
    [Then("{user} hears the Airwave radio of {user}", Description = "The ESN user's terminal or console receives voice from the person's Airwave radio, under the ESN identity the IWF gives it.",
        Example = "Then \"MetCC Dispatcher Ward\" hears the Airwave radio of \"PC Okoro\"")]
    public Task HearsRadio(UserName listener, UserName owner) => esn.ExpectHearsRadioAsync(listener, owner);
}
