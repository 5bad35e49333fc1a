namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// The expected answer for the handful of tag expressions the tests use, written out by hand so the
/// page's evaluator is checked against something independent of it.
/// </summary>
public static class TagExpressionOracle
{
    public static bool Evaluate(string expression, IEnumerable<string> tags)
    {
        var t = tags.ToHashSet();
        return expression switch
        {
            "@must and not (@MPS or @LFB)" => t.Contains("@must") && !(t.Contains("@MPS") || t.Contains("@LFB")),
            "@kpi or @could" => t.Contains("@kpi") || t.Contains("@could"),
            "not @must and not @should" => !t.Contains("@must") && !t.Contains("@should"),
            "(@LAS and @must) or @REQ-LDN-VOICE-004" => (t.Contains("@LAS") && t.Contains("@must")) || t.Contains("@REQ-LDN-VOICE-004"),
            _ => throw new ArgumentException($"no oracle for '{expression}'", nameof(expression)),
        };
    }
}
