using EsnHarness.Cli;

using var interruption = Interruption.FromProcessSignals();
return await EsnCommandLine.InvokeAsync(args, CliConsole.FromProcess(), interruption);
