using Microsoft.AspNetCore.WebUtilities;

namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class QueryCondition(string name, string value) : RequestCondition
{
    public override string Description => $"query {name} = {value}";

    public override ConditionResult Evaluate(ReceivedRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.Query);
        return query.TryGetValue(name, out var values)
            ? new(values.Any(v => v == value), string.Join(", ", values.Select(v => Wildcard.Quote(v))))
            : new(false, "no such query parameter");
    }
}
