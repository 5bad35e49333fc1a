namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class BodyContainsCondition(string text) : RequestCondition
{
    public override string Description => $"body contains {Wildcard.Quote(text)}";

    public override ConditionResult Evaluate(ReceivedRequest request) => request.Body is null
        ? new(false, "no body")
        : new(request.Body.Contains(text, StringComparison.Ordinal), $"a body of {request.Body.Length} characters without it");
}
