namespace EsnHarness.Cli.Internal;

/// <summary>Keeps a standalone server up until Ctrl+C, SIGTERM or the command's cancellation.</summary>
internal static class ServeUntilStopped
{
    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.TrySetResult();
        });
        using var registration = cancellationToken.Register(() => stopped.TrySetResult());
        await stopped.Task;
    }
}
