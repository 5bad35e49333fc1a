using EsnHarness.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await EsnCommandLine.InvokeAsync(args, CliConsole.FromProcess(), cancellation.Token);
