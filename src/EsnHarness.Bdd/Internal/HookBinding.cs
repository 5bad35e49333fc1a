using System.Reflection;
using EsnHarness.Bdd.TagExpressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>A hook method: kind, order, optional tag scope, and its <c>hook</c> message id.</summary>
internal sealed record HookBinding(string Id, HookKind Kind, MethodInfo Method, int Order, ITagExpression? Tags, string? TagSource, string? Name)
{
    public bool Applies(IEnumerable<string> tags) => Tags is null || Tags.Evaluate(tags);

    public string DisplayName => Name ?? MethodNames.Describe(Method);
}
