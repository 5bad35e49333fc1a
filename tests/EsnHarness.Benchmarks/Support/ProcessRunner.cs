using System.Diagnostics;

namespace EsnHarness.Benchmarks.Support;

/// <summary>Runs a child process to completion and reports its wall time and exit code.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, TimeSpan Elapsed, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {limit}");
        }

        stopwatch.Stop();
        return (process.ExitCode, stopwatch.Elapsed, await output + await error);
    }

    /// <summary>The folder holding EsnHarness.sln, found by walking up from the benchmark's binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EsnHarness.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EsnHarness.sln not found above " + AppContext.BaseDirectory);
    }
}
