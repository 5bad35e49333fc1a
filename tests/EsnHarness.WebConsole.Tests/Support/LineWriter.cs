using System.Text;
using System.Threading.Channels;

namespace EsnHarness.WebConsole.Tests.Support;

/// <summary>A TextWriter whose complete lines a test can await (for a command that keeps running after it prints).</summary>
public sealed class LineWriter : TextWriter
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _current = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                _lines.Writer.TryWrite(_current.ToString());
                _current.Clear();
            }
            else if (value != '\r')
            {
                _current.Append(value);
            }
        }
    }

    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        var seen = new List<string>();
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(deadline.Token);
                if (match(line))
                {
                    return line;
                }

                seen.Add(line);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no such line within {within.TotalSeconds} s; saw: {string.Join(" | ", seen)}");
        }
    }
}
