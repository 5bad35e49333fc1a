using System.Reflection;
using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Reads [Binding] classes: transformations (also as parameter types), step definitions and hooks.
/// Every user mistake becomes a <see cref="BddConfigurationException"/> naming the method.</summary>
internal sealed partial class BindingLoader(IdGenerator ids)
{
    // Definition messages in declaration order (as other Cucumber implementations emit them), whatever their kind.
    private readonly List<(MethodInfo Method, Messages.Envelope Envelope)> _definitions = [];

    public BindingSet Load(IReadOnlyList<Assembly> assemblies, IReadOnlyList<Type> types)
    {
        foreach (var type in types.Where(t => t.GetCustomAttribute<BindingAttribute>(inherit: true) is null))
        {
            throw new BddConfigurationException($"{type.FullName} is given as a binding class but has no [Binding] attribute");
        }

        var methods = assemblies.SelectMany(BindingTypes).Concat(types).Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .OrderBy(m => m.MetadataToken))
            .ToList();
        var registry = new ParameterTypeRegistry();
        var transforms = LoadTransforms(methods, registry);
        DefineEnums(methods, registry);
        var steps = LoadSteps(methods, registry, transforms);
        var hooks = LoadHooks(methods);
        var order = methods.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var messages = _definitions.Select((d, i) => (d, i)).OrderBy(x => order[x.d.Method]).ThenBy(x => x.i).Select(x => x.d.Envelope).ToList();
        return new BindingSet(registry, steps, hooks, transforms, messages);
    }

    private static IEnumerable<Type> BindingTypes(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types.OfType<Type>().ToArray();
        }

        return types.Where(t => t.IsClass && !t.IsGenericTypeDefinition && t.GetCustomAttribute<BindingAttribute>(inherit: true) is not null
            && (!t.IsAbstract || t.IsSealed));
    }

    private static Messages.SourceReference SourceOf(MethodInfo method) =>
        new(null, new Messages.JavaMethod(method.DeclaringType?.FullName ?? string.Empty, method.Name, method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name).ToList()), null, null);

    private List<TransformBinding> LoadTransforms(List<MethodInfo> methods, ParameterTypeRegistry registry)
    {
        var transforms = new List<TransformBinding>();
        foreach (var method in methods)
        {
            foreach (var attribute in method.GetCustomAttributes<StepArgumentTransformationAttribute>())
            {
                var binding = CreateTransform(method, attribute);
                transforms.Add(binding);
                if (binding.ParameterTypeName is null || registry.LookupByTypeName(binding.ParameterTypeName) is not null && attribute.Name is null)
                {
                    continue;
                }

                try
                {
                    registry.Define(new ParameterType(binding.ParameterTypeName, [attribute.Regex!], binding.ReturnType, values => new DeferredTransform(binding, values)));
                }
                catch (CucumberExpressionException ex)
                {
                    throw new BddConfigurationException($"{MethodNames.Describe(method)}: parameter type {{{binding.ParameterTypeName}}} cannot be defined: {FirstLine(ex.Message)}", ex);
                }

                _definitions.Add((method, Messages.Envelope.Create(new Messages.ParameterType(
                    binding.ParameterTypeName, [attribute.Regex!], false, true, ids.GetNewId(), SourceOf(method)))));
            }
        }

        return transforms;
    }

    private static TransformBinding CreateTransform(MethodInfo method, StepArgumentTransformationAttribute attribute)
    {
        var returnType = TaskTypes.ResultType(method.ReturnType);
        if (returnType == typeof(void))
        {
            throw new BddConfigurationException($"{MethodNames.Describe(method)}: a [StepArgumentTransformation] must return the type it creates");
        }

        System.Text.RegularExpressions.Regex? regex = null;
        if (attribute.Regex is not null)
        {
            try
            {
                regex = new System.Text.RegularExpressions.Regex("^(?:" + attribute.Regex + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw new BddConfigurationException($"{MethodNames.Describe(method)}: invalid regex '{attribute.Regex}': {ex.Message}", ex);
            }
        }

        var name = attribute.Regex is null ? null : attribute.Name ?? char.ToLowerInvariant(returnType.Name[0]) + returnType.Name[1..];
        return new TransformBinding(method, regex, name);
    }

    private static void DefineEnums(List<MethodInfo> methods, ParameterTypeRegistry registry)
    {
        var enums = methods.Where(m => m.GetCustomAttributes<StepDefinitionBaseAttribute>().Any())
            .SelectMany(m => m.GetParameters()).Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
            .Where(t => t.IsEnum).Distinct();
        foreach (var type in enums)
        {
            if (registry.LookupByTypeName(type.Name) is null)
            {
                var regex = string.Join("|", Enum.GetNames(type).Select(System.Text.RegularExpressions.Regex.Escape));
                registry.Define(new ParameterType(type.Name, [regex], type, values => ValueConverter.Convert(values[0], type)));
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
