using System.Reflection;
using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>A [StepArgumentTransformation] method: turns text (regex groups) or a DataTable into its return type.</summary>
internal sealed record TransformBinding(MethodInfo Method, Regex? Regex, string? ParameterTypeName)
{
    public Type ReturnType => TaskTypes.ResultType(Method.ReturnType);

    public bool TakesTable => Method.GetParameters() is [{ } p] && p.ParameterType == typeof(DataTable);
}
