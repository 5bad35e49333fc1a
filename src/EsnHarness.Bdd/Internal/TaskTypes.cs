namespace EsnHarness.Bdd.Internal;

internal static class TaskTypes
{
    /// <summary>The value type a method produces: T for Task&lt;T&gt;/ValueTask&lt;T&gt;, void for Task/ValueTask.</summary>
    public static Type ResultType(Type returnType)
    {
        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return returnType.GetGenericArguments()[0];
        }

        return returnType == typeof(Task) || returnType == typeof(ValueTask) ? typeof(void) : returnType;
    }

    /// <summary>Awaits whatever a method returned and yields its result (null for void, Task and ValueTask).</summary>
    public static async ValueTask<object?> AwaitResult(object? returned, Type declaredReturnType)
    {
        var resultType = ResultType(declaredReturnType);
        switch (returned)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return resultType == typeof(void) ? null : declaredReturnType.GetProperty("Result")!.GetValue(task);
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            case not null when declaredReturnType.IsGenericType && declaredReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)declaredReturnType.GetMethod("AsTask")!.Invoke(returned, null)!;
                return await AwaitResult(asTask, asTask.GetType().IsGenericType ? typeof(Task<>).MakeGenericType(resultType) : typeof(Task)).ConfigureAwait(false);
            default:
                return returned;
        }
    }
}
