using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Tests.Mutation;

/// <summary>
/// A failure against a defect is a catch only when it is the defect's: the failing run reached the defect, a second run
/// with it failed again at the same step and reached it, and the scenario did not fail without it. Fake runs stand for the
/// race seen in a real run (every-service-through-faults.feature:131 "caught" device.no-location-on-logon through an
/// unjudged refusal racing its site outage, once) and the load failure (an SDS delivery 1146 ms against 1000 ms counted
/// against IdMS/KMS defects).
/// </summary>
[TestFixture]
public sealed class CatchConfirmationTests
{
    private const string Judged = "Then no request was refused that nobody judged";
    private const string Delivered = "Then the SDS is delivered within 1000 ms";

    [Test]
    public void Doubt_FailedTwiceAtTheSameStepReachingTheDefectAndPassedClean_Confirmed()
    {
        var doubt = CatchConfirmation.Doubt(Failing(Delivered), Failing(Delivered), failedClean: false);

        Assert.That(doubt, Is.Null);
    }

    [Test]
    public void Doubt_RaceFailedOnceThenPassedWithTheDefect_Unconfirmed()
    {
        var doubt = CatchConfirmation.Doubt(Failing(Judged), new RunEvidence(Failed: false, Reached: true, Step: null), failedClean: false);

        Assert.That(doubt, Does.Contain("did not reproduce"));
    }

    [Test]
    public void Doubt_FailingRunNeverRanTheDefect_UnconfirmedAndNotWorthConfirming()
    {
        var first = new RunEvidence(Failed: true, Reached: false, Delivered);

        Assert.That(CatchConfirmation.WorthConfirming(first), Is.False);
        Assert.That(CatchConfirmation.Doubt(first, null, failedClean: false), Does.Contain("never ran in the failing run"));
    }

    [Test]
    public void Doubt_SecondFailureAtAnotherStep_Unconfirmed()
    {
        var doubt = CatchConfirmation.Doubt(Failing(Judged), Failing(Delivered), failedClean: false);

        Assert.That(doubt, Does.Contain("another step").And.Contain(Delivered));
    }

    [Test]
    public void Doubt_SecondFailingRunDidNotReachTheDefect_Unconfirmed()
    {
        var doubt = CatchConfirmation.Doubt(Failing(Delivered), new RunEvidence(Failed: true, Reached: false, Delivered), failedClean: false);

        Assert.That(doubt, Does.Contain("second failing run"));
    }

    [Test]
    public void Doubt_FailedTwiceWithTheDefectButAlsoWithoutIt_Unconfirmed()
    {
        var doubt = CatchConfirmation.Doubt(Failing(Delivered), Failing(Delivered), failedClean: true);

        Assert.That(doubt, Does.Contain("without the defect"));
    }

    [Test]
    public void Doubt_NoSecondRun_Unconfirmed()
    {
        Assert.That(CatchConfirmation.Doubt(Failing(Delivered), null, failedClean: false), Is.Not.Null);
        Assert.That(CatchConfirmation.WorthConfirming(Failing(Delivered)), Is.True);
    }

    private static RunEvidence Failing(string step) => new(Failed: true, Reached: true, step);
}
