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
        return new(matched, string.Join(", ", values.Select(v => Wildcard.Quote(v))));
    }
}
