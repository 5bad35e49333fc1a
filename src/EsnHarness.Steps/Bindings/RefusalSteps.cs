using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;

namespace EsnHarness.Steps.Bindings;

/// <summary>Judging requests ESN refused (cancellations, emergencies, affiliations, calls, SDS, log-ons).</summary>
[Binding]
public sealed class RefusalSteps(Refusals refusals)
{
    /// <summary>The last refused request.</summary>
    [Then("the cancellation/emergency/affiliation/call/SDS/log-on/regroup/report/patch/export/activation/change is refused with reason {string}",
        Description = "ESN refused the last request; the reason must match (plain words such as \"not authorised\", \"not a member\", \"too large\", \"not affiliated\").",
        Example = "Then the cancellation is refused with reason \"not authorised\"")]
    public void Refused(string reason)
    {
        var refusal = refusals.Take($"a refusal (\"{reason}\")");
        if (!Reasons.Matches(refusal, reason))
        {
            throw new ExpectationFailedException($"Expected a refusal with reason \"{reason}\", but ESN said: {refusal.Reason}", refusal.DiagnosticDetail);
        }
    }

    /// <summary>Fails a scenario whose refused request nobody judged.</summary>
    [AfterScenario]
    public void NoUnjudgedRefusal() => refusals.ThrowIfUnjudged();
}
