namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class PathCondition(string pattern) : RequestCondition
{
    public override string Description => "path " + pattern;

    public override ConditionResult Evaluate(ReceivedRequest request) =>
        new(Wildcard.IsMatch(pattern, request.Path, ignoreCase: false), request.Path);
}
