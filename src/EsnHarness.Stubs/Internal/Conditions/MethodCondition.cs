namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class MethodCondition(string method) : RequestCondition
{
    public override string Description => "method " + method.ToUpperInvariant();

    public override ConditionResult Evaluate(ReceivedRequest request) =>
        new(string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase), request.Method);
}
