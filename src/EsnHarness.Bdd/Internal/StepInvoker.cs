using System.Reflection;
using System.Runtime.ExceptionServices;
using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Turns matched arguments into method parameters (parameter types, transformations, conversions, DataTable,
/// DocString) and invokes step, hook and transformation methods, awaiting Task and ValueTask.</summary>
internal sealed class StepInvoker(IReadOnlyList<TransformBinding> transforms)
{
    public async Task InvokeStepAsync(StepMatch match, Messages.PickleStep step, ScenarioServices services, CancellationToken cancellationToken)
    {
        var method = match.Binding.Method;
        var parameters = method.GetParameters();
        var values = new object?[parameters.Length];
        var next = 0;
        var usedExtra = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type == typeof(CancellationToken))
            {
                values[i] = cancellationToken;
            }
            else if (next < match.Arguments.Count)
            {
                values[i] = await ConvertArgumentAsync(match.Arguments[next++], parameters[i], services, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                values[i] = await ExtraArgumentAsync(step, parameters[i], services, cancellationToken).ConfigureAwait(false);
                usedExtra = true;
            }
        }

        if (!usedExtra && step.Argument is { } argument)
        {
            throw new InvalidOperationException($"the step has a {(argument.DocString is not null ? "DocString" : "data table")} but {MethodNames.Describe(method)} has no parameter for it");
        }

        var target = method.IsStatic ? null : services.Resolve(method.DeclaringType!);
        await InvokeAsync(method, target, values).ConfigureAwait(false);
    }

    public async Task InvokeHookAsync(HookBinding hook, ScenarioServices services, CancellationToken cancellationToken)
    {
        var target = hook.Method.IsStatic ? null : services.Resolve(hook.Method.DeclaringType!);
        await InvokeAsync(hook.Method, target, services.ResolveParameters(hook.Method, cancellationToken)).ConfigureAwait(false);
    }

    public static async Task<object?> InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }

        return await TaskTypes.AwaitResult(returned, method.ReturnType).ConfigureAwait(false);
    }

    private async Task<object?> ConvertArgumentAsync(Argument argument, ParameterInfo parameter, ScenarioServices services, CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        var value = argument.GetValue();
        if (value is DeferredTransform deferred)
        {
            value = await TransformAsync(deferred.Binding, deferred.Values, services, cancellationToken).ConfigureAwait(false);
        }

        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is string text)
        {
            var transform = transforms.FirstOrDefault(t => !t.TakesTable && type.IsAssignableFrom(t.ReturnType) && (t.Regex is null || t.Regex.IsMatch(text)));
            if (transform is not null)
            {
                var groups = transform.Regex?.Match(text).Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Success ? g.Value : null).ToArray();
                return await TransformAsync(transform, groups is { Length: > 0 } ? groups : [text], services, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            return ValueConverter.ConvertValue(value, type);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"parameter '{parameter.Name}' of {MethodNames.Describe((MethodInfo)parameter.Member)}: {ex.Message}", ex);
        }
    }

    private async Task<object?> ExtraArgumentAsync(Messages.PickleStep step, ParameterInfo parameter, ScenarioServices services, CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        var method = MethodNames.Describe((MethodInfo)parameter.Member);
        if (step.Argument?.DocString is { } doc)
        {
            if (type == typeof(DocString))
            {
                return new DocString(doc.Content, string.IsNullOrEmpty(doc.MediaType) ? null : doc.MediaType);
            }

            return type == typeof(string) ? doc.Content : ValueConverter.Convert(doc.Content, type);
        }

        if (step.Argument?.DataTable is { } table)
        {
            var dataTable = new DataTable(table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()).ToList());
            if (type == typeof(DataTable))
            {
                return dataTable;
            }

            var transform = transforms.FirstOrDefault(t => t.TakesTable && type.IsAssignableFrom(t.ReturnType))
                ?? throw new InvalidOperationException($"{method}: no [StepArgumentTransformation] turns a DataTable into {type.Name}");
            var target = transform.Method.IsStatic ? null : services.Resolve(transform.Method.DeclaringType!);
            return await InvokeAsync(transform.Method, target, [dataTable]).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"{method} expects a DataTable or DocString argument ('{parameter.Name}') but the step has none");
    }

    private static async Task<object?> TransformAsync(TransformBinding transform, string?[] values, ScenarioServices services, CancellationToken cancellationToken)
    {
        var parameters = transform.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        var next = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].ParameterType == typeof(CancellationToken)
                ? cancellationToken
                : ValueConverter.Convert(next < values.Length ? values[next++] : null, parameters[i].ParameterType);
        }

        var target = transform.Method.IsStatic ? null : services.Resolve(transform.Method.DeclaringType!);
        return await InvokeAsync(transform.Method, target, arguments).ConfigureAwait(false);
    }
}
