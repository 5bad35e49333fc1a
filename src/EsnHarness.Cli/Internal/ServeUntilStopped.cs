namespace EsnHarness.Cli.Internal;

/// <summary>Keeps a standalone server up until Ctrl+C, SIGTERM (both cancel the command's token) or the caller cancels.</summary>
internal static class ServeUntilStopped
{
    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => stopped.TrySetResult());
        await stopped.Task;
    }
}
