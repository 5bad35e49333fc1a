using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>A terminal's own emergency features: the emergency button's open microphone, man-down, and an alert raised without coverage.</summary>
[Binding]
public sealed class EmergencyFeatureSteps(TerminalEmergencyFeatures features)
{
    private readonly Dictionary<string, TimeSpan> _manDown = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Open microphone configured.</summary>
    [Given("the emergency button of {user} opens the microphone for {int} s", Description = "The terminal's emergency button transmits this long without PTT once the emergency call has the floor, then releases it.",
        Example = "Given the emergency button of \"PC Patel\" opens the microphone for 4 s")]
    public Task OpenMicrophone(UserName user, int seconds) => features.SetOpenMicrophoneAsync(user, TimeSpan.FromSeconds(seconds));

    /// <summary>The emergency button, open microphone.</summary>
    [When("{user} presses the emergency button on {group} and lets the microphone talk", Description = "The emergency alert, then the emergency call, in which the terminal's open microphone talks by itself (the user does not press PTT).",
        Example = "When \"PC Patel\" presses the emergency button on \"MPS-LX-OPS1\" and lets the microphone talk")]
    public Task PressOpenMicrophone(UserName user, GroupName group) => features.PressWithOpenMicrophoneAsync(user, group);

    /// <summary>Heard for the whole open-microphone time.</summary>
    [Then("{user} hears the open microphone of {user} for {int} s, then it closes",
        Description = "The listener hears the talker's open microphone as one unbroken burst at least that long, the talker is never revoked, and then the talker's terminal releases the floor by itself.",
        Example = "Then \"MetCC Dispatcher Ward\" hears the open microphone of \"PC Patel\" for 4 s, then it closes")]
    public Task HeardFor(UserName listener, UserName talker, int seconds) => features.ExpectHeardForAsync(listener, talker, TimeSpan.FromSeconds(seconds));

    /// <summary>Man-down configured.</summary>
    [Given("the terminal of {user} raises a man-down alert after {int} s without movement", Description = "Enables the terminal's man-down sensor: no movement for that long raises an emergency alert by itself.",
        Example = "Given the terminal of \"FF Jones\" raises a man-down alert after 1 s without movement")]
    public async Task ManDown(UserName user, int seconds)
    {
        await features.SetManDownAsync(user, TimeSpan.FromSeconds(seconds));
        _manDown[user.Value] = TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Stops moving.</summary>
    [When("{user} stops moving", Description = "The terminal's motion sensor reads its wearer still (the man-down time starts).", Example = "When \"FF Jones\" stops moving")]
    public Task StopsMoving(UserName user) => features.MotionAsync(user, moving: false);

    /// <summary>Moves again.</summary>
    [When("{user} moves again", Description = "The terminal's motion sensor reads its wearer moving (the man-down time resets).", Example = "When \"Paramedic Okafor\" moves again")]
    public Task MovesAgain(UserName user) => features.MotionAsync(user, moving: true);

    /// <summary>Man-down alert received.</summary>
    [Then("{controlRoom} receives a man-down alert from {user} at {place} within {int} ms", Description = "A console of the control room shows an emergency alert raised by the user's man-down sensor, not before the configured time, locating them at the place.",
        Example = "Then LFB Control receives a man-down alert from \"FF Jones\" at \"Soho fire station\" within 3000 ms")]
    public Task ManDownReceived(ControlRoom room, UserName user, PlaceName place, int ms) =>
        features.ExpectManDownAsync(room, user, place, _manDown.GetValueOrDefault(user.Value), TimeSpan.FromMilliseconds(ms));

    /// <summary>No man-down alert.</summary>
    [Then("{controlRoom} receives no man-down alert from {user} within {int} ms", Description = "No console of the control room shows a man-down alert from the user in that time since the last action.",
        Example = "Then LAS EOC receives no man-down alert from \"Paramedic Okafor\" within 1500 ms")]
    public Task NoManDown(ControlRoom room, UserName user, int ms) => features.ExpectNoManDownAsync(room, user, TimeSpan.FromMilliseconds(ms));

    /// <summary>The emergency button without coverage.</summary>
    [When("{user} presses the emergency button on {group} without coverage", Description = "The emergency button where the terminal has no ESN service: the terminal keeps the alert, with where and when it was raised, to send when service returns.",
        Example = "When \"PC Patel\" presses the emergency button on \"MPS-LX-OPS1\" without coverage")]
    public Task PressWithoutCoverage(UserName user, GroupName group) => features.PressWithoutCoverageAsync(user, group);

    /// <summary>The stored alert arrives.</summary>
    [Then("{controlRoom} receives the emergency alert {user} raised without coverage, showing them at {place}, within {int} ms",
        Description = "A console of the control room shows the alert once the terminal is back in service: raised before the service got it, with where the user was when pressing the button.",
        Example = "Then MetCC receives the emergency alert \"PC Patel\" raised without coverage, showing them at \"Bishopsgate police station\", within 5000 ms")]
    public Task StoredAlert(ControlRoom room, UserName user, PlaceName place, int ms) => features.ExpectStoredAlertAsync(room, user, place, TimeSpan.FromMilliseconds(ms));
}
