namespace EsnHarness.Bdd.Internal;

/// <summary>
/// What to tell the author of an undefined step: the closest existing steps and ready-to-paste snippets. Worked out only
/// when the step is reported, after every step of the run has been matched (the snippets learn from those matches).
/// </summary>
internal sealed class UndefinedStepAdvice(Func<IReadOnlyList<string>> snippets, Func<IReadOnlyList<string>> closest)
{
    private readonly Lazy<IReadOnlyList<string>> _snippets = new(snippets);
    private readonly Lazy<IReadOnlyList<string>> _closest = new(closest);

    /// <summary>C# snippets, best first; never empty.</summary>
    public IReadOnlyList<string> Snippets => _snippets.Value;

    /// <summary>Up to three existing steps, closest first.</summary>
    public IReadOnlyList<string> Closest => _closest.Value;

    /// <summary>The explanation shown for the step: did you mean, then the best snippet.</summary>
    public string Explain(string keyword, string text)
    {
        var message = new System.Text.StringBuilder($"Undefined step \"{keyword}{text}\".");
        if (Closest.Count > 0)
        {
            message.Append("\nDid you mean:");
            foreach (var suggestion in Closest)
            {
                message.Append("\n  ").Append(suggestion);
            }
        }

        message.Append(Closest.Count > 0 ? "\nOr add a step definition such as:\n" : "\nAdd a step definition such as:\n").Append(Snippets[0]);
        return message.ToString();
    }
}
