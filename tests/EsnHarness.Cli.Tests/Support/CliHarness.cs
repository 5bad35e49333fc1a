using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests.Support;

/// <summary>A temporary project folder and an in-process <c>esn</c> whose output and environment the test owns.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Folder = Directory.CreateTempSubdirectory("esn-cli-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Folder, "features"));
    }

    public string Folder { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public static string BindingsAssembly => typeof(CliTestSteps).Assembly.Location;

    public string Path(string relative) => System.IO.Path.Combine(Folder, relative);

    public void Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, Environment, Folder, Interactive: false);
        var exitCode = await EsnCommandLine.InvokeAsync(args, console, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
