using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>
/// One <c>esn sim</c> process (<see cref="SoakSimChild"/>) on 127.0.0.1 for the whole soak: started once, sampled on
/// request, stopped by closing its standard input (killed if it does not stop within its deadline).
/// </summary>
internal sealed partial class SoakSimProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Channel<string> _stats = Channel.CreateUnbounded<string>();
    private readonly List<string> _problems = [];
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SoakSimProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => OnError(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    /// <summary>Warnings and errors the simulator logged (standard error), in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<(SoakSimProcess Sim, Uri Address)> StartAsync()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SoakSimChild).Assembly.Location);
        }

        start.ArgumentList.Add(SoakSimChild.Mode);
        start.ArgumentList.Add("--log-level");
        start.ArgumentList.Add("Warning");
        var process = Process.Start(start) ?? throw new InvalidOperationException("soak: could not start the esn sim process");
        var sim = new SoakSimProcess(process);
        try
        {
            return (sim, await sim._address.Task.WaitAsync(Deadline));
        }
        catch (TimeoutException)
        {
            await sim.DisposeAsync();
            throw new TimeoutException($"soak: esn sim printed no address within {Deadline.TotalSeconds:0} s; it said: {string.Join(" | ", sim.Problems)}");
        }
    }

    /// <summary>Asks the process for its heap, working set and thread count.</summary>
    public async Task<ProcessSample> SampleAsync()
    {
        await _process.StandardInput.WriteLineAsync("stats");
        await _process.StandardInput.FlushAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        return ProcessSample.Parse(await _stats.Reader.ReadAsync(deadline.Token));
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Console.WriteLine($"soak: esn sim did not stop within {Deadline.TotalSeconds:0} s of its input closing; killed");
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _address.TrySetException(new InvalidOperationException("soak: esn sim ended before printing its address"));
            _stats.Writer.TryComplete();
        }
        else if (line.StartsWith(SoakSimChild.StatsPrefix, StringComparison.Ordinal))
        {
            _stats.Writer.TryWrite(line[SoakSimChild.StatsPrefix.Length..]);
        }
        else if (Listening().Match(line) is { Success: true } match)
        {
            _address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private void OnError(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            lock (_problems)
            {
                _problems.Add(line);
            }
        }
    }

    [GeneratedRegex(@"listening on (\S+)")]
    private static partial Regex Listening();
}
