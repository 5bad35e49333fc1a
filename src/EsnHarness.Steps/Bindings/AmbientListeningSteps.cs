using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Ambient listening (TS 23.379 §10.14): a dispatcher listens to a user's terminal, which gives nothing away.</summary>
[Binding]
public sealed class AmbientListeningSteps(AmbientListening listening)
{
    /// <summary>Listening starts.</summary>
    [When("{user} listens to the terminal of {user}", Description = "The dispatcher's console sets up a remotely initiated ambient listening call to the user's terminal.",
        Example = "When \"MetCC Dispatcher Ward\" listens to the terminal of \"PC Patel\"")]
    public Task Listen(UserName dispatcher, UserName user) => listening.ListenAsync(dispatcher, user);

    /// <summary>Nothing shown or sounded.</summary>
    [Then("the terminal of {user} shows and sounds nothing of the listening", Description = "The listened-to terminal took the call by itself and its microphone reaches the dispatcher, yet it showed no call, floor or talker and played no sound.",
        Example = "Then the terminal of \"PC Patel\" shows and sounds nothing of the listening")]
    public Task Silent(UserName user) => listening.ExpectSilentAsync(user);

    /// <summary>The dispatcher presses PTT in the listening call.</summary>
    [When("{user} presses PTT while listening to {user}", Description = "The dispatcher presses PTT in the ambient listening call (and speaks if the floor is granted).",
        Example = "When \"MetCC Dispatcher Ward\" presses PTT while listening to \"PC Patel\"")]
    public Task TryToTalk(UserName dispatcher, UserName user) => listening.TryToTalkAsync(dispatcher, user);
}
