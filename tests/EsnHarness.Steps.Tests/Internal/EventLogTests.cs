using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;

namespace EsnHarness.Steps.Tests.Internal;

public sealed class EventLogTests
{
    [Test]
    public void WaitAsync_NothingMatches_MessageListsTheLastEventsOneLineEachAndFoldsRepeats()
    {
        var attached = new List<string>();
        var log = new EventLog<string>("PC Patel's terminal", e => e, e => $"{{\"raw\":\"{e}\"}}", attached.Add);
        log.Append("14:02:03.100 PC Patel: in the group call on MPS-LX-OPS1 (call 3)");
        log.Append("14:02:03.120 PC Patel: hears PS Okoro (burst 1) on MPS-LX-OPS1 (call 3)");
        log.Append("14:02:03.140 PC Patel: hears PS Okoro (burst 1) on MPS-LX-OPS1 (call 3)");
        log.Append("14:02:03.160 PC Patel: hears PS Okoro (burst 1) on MPS-LX-OPS1 (call 3)");

        var failure = Assert.ThrowsAsync<ExpectationFailedException>(async () => await log.WaitAsync(e => e.Contains("Granted"), 0, TimeSpan.FromMilliseconds(1), "\"PC Patel\" to be granted the floor"));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Is.EqualTo(
                "Expected \"PC Patel\" to be granted the floor within 1 ms, but it did not happen. Last events at PC Patel's terminal:\n"
                + "  14:02:03.100 PC Patel: in the group call on MPS-LX-OPS1 (call 3)\n"
                + "  14:02:03.120 PC Patel: hears PS Okoro (burst 1) on MPS-LX-OPS1 (call 3) (×3)"));
            Assert.That(attached, Has.Count.EqualTo(1));
            Assert.That(attached[0], Does.StartWith("[\n{\"raw\":\"14:02:03.100"));
        });
    }

    [Test]
    public async Task WaitAsync_StreamEndsWhileWaiting_FailsAtOnceWithTheReason()
    {
        var log = new EventLog<string>("PC Patel's terminal", e => e);
        var waiting = log.WaitAsync(e => e == "granted", 0, TimeSpan.FromMinutes(5), "the floor");

        log.End("the terminal's event stream failed: Unavailable");

        var failure = Assert.ThrowsAsync<ExpectationFailedException>(async () => await waiting);
        Assert.That(failure!.Message, Does.Contain("no more events can come: the terminal's event stream failed: Unavailable"));
        await Task.CompletedTask;
    }

    [Test]
    public void ExpectNoneAsync_StreamEnded_FailsRatherThanPassingUnwatched()
    {
        var log = new EventLog<string>("PC Patel's terminal", e => e);
        log.End("the scenario ended");

        Assert.That(async () => await log.ExpectNoneAsync(_ => true, 0, TimeSpan.FromMinutes(5), "call"),
            Throws.TypeOf<ExpectationFailedException>().With.Message.Contains("Could not watch for call"));
    }

    [Test]
    public async Task WaitAsync_MatchAlreadyLoggedBeforeTheEnd_ReturnsIt()
    {
        var log = new EventLog<string>("PC Patel's terminal", e => e);
        log.Append("granted");
        log.End("the scenario ended");

        Assert.That(await log.WaitAsync(e => e == "granted", 0, TimeSpan.FromMinutes(5), "the floor"), Is.EqualTo("granted"));
    }
}
