using System.Reflection;

namespace EsnHarness.Bdd.Internal;

internal static class MethodNames
{
    /// <summary><c>Namespace.Class.Method(int, string)</c>, the way users find a binding in their code.</summary>
    public static string Describe(MethodInfo method) =>
        $"{method.DeclaringType?.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
