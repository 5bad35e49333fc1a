namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: a request ESN refused in a When step, kept for a "... is refused with reason" step to judge.
/// A refusal nobody judged fails the scenario at its end, so a refused action never passes silently.
/// </summary>
public sealed class Refusals
{
    private EsnRefusedException? _pending;
    private EsnRefusedException? _last;

    /// <summary>Runs <paramref name="action"/>; a refusal by ESN is kept instead of failing the step.</summary>
    public async Task AttemptAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (EsnRefusedException e)
        {
            _last = e;
            _pending = e;
        }
    }

    /// <summary>The last refusal, marked as judged.</summary>
    /// <exception cref="ExpectationFailedException">Nothing was refused.</exception>
    public EsnRefusedException Take(string expectation)
    {
        var refusal = _last ?? throw new ExpectationFailedException($"Expected {expectation}, but ESN accepted the request.");
        _pending = null;
        return refusal;
    }

    /// <summary>The last refusal if it was about <paramref name="subject"/> (named in what was refused), marked as judged; else null.</summary>
    public EsnRefusedException? TakeAbout(string subject)
    {
        if (_last is { } refusal && refusal.Message.Contains(subject, StringComparison.OrdinalIgnoreCase))
        {
            _pending = null;
            return refusal;
        }

        return null;
    }

    /// <summary>Throws if a refusal was never judged.</summary>
    public void ThrowIfUnjudged()
    {
        if (_pending is { } e)
        {
            throw new ExpectationFailedException($"A step was refused and no step checked it: {e.Message}", e.DiagnosticDetail);
        }
    }
}
