using System.Reflection;
using EsnHarness.Bdd.Expressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>A step definition method with its compiled expression and message id.</summary>
internal sealed record StepBinding(string Id, MethodInfo Method, IExpression Expression, bool IsRegex, int ArgumentCount, StepDefinitionBaseAttribute Attribute)
{
    public string DisplayName => MethodNames.Describe(Method);
}
