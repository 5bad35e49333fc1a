using Microsoft.AspNetCore.WebUtilities;

namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class FormFieldCondition(string name, string value) : RequestCondition
{
    public override string Description => $"form {name} = {value}";

    public override ConditionResult Evaluate(ReceivedRequest request)
    {
        var form = QueryHelpers.ParseQuery(request.Body ?? string.Empty);
        if (!form.TryGetValue(name, out var values))
        {
            return new(false, request.Body is null ? "no body" : "no such form field");
        }

        var shown = RequestSummary.Mask($"{name}={values}").Split('=', 2)[1];
        return new(values.Any(v => v == value), Wildcard.Quote(shown));
    }
}
