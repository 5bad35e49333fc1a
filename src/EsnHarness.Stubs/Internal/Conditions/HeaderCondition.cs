namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class HeaderCondition(string name, string valuePattern) : RequestCondition
{
    public override string Description => $"header {name} = {valuePattern}";

    public override ConditionResult Evaluate(ReceivedRequest request)
    {
        if (!request.Headers.TryGetValue(name, out var values) || values.Count == 0)
        {
            return new(false, "no such header");
        }

        var matched = values.Any(v => Wildcard.IsMatch(valuePattern, v, ignoreCase: true)
            || Wildcard.IsMatch(valuePattern, v.Split(';')[0].Trim(), ignoreCase: true));
        return new(matched, string.Join(", ", values.Select(v => Wildcard.Quote(Secret(name) ? Masked(v) : v))));
    }

    private static bool Secret(string header) =>
        header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || header.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || header.Equals("Cookie", StringComparison.OrdinalIgnoreCase);

    // Keep the scheme ("Bearer", "Basic") so a mismatch is still explained, never the credential.
    private static string Masked(string value) => value.Split(' ', 2) is [var scheme, _] ? scheme + " ***" : "***";
}
