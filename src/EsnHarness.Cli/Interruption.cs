using System.Runtime.InteropServices;

namespace EsnHarness.Cli;

/// <summary>
/// How a command is stopped from outside: Ctrl+C (SIGINT), SIGTERM (a CI job cancelled, a pod stopped) or a caller's token.
/// The first signal stops gracefully: no new scenario starts, the running ones finish their clean-up and every report
/// is written; <c>esn run</c> then exits 128 + the signal number (130, 143). A second signal ends the process at once.
/// </summary>
public sealed class Interruption : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private readonly CancellationTokenSource _source;
    private readonly List<IDisposable> _registrations = [];
    private int _signal;

    /// <summary>An interruption requested by <see cref="Request"/> or by <paramref name="cancellationToken"/> (taken as Ctrl+C).</summary>
    public Interruption(CancellationToken cancellationToken = default)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Cancelled when the command should stop.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The signal that asked to stop, e.g. "SIGINT"; null before any or when a caller's token did.</summary>
    public string? Signal => Volatile.Read(ref _signal) switch
    {
        SigInt => "SIGINT",
        SigTerm => "SIGTERM",
        _ => null,
    };

    /// <summary>128 + the signal number: 130 for Ctrl+C (and a caller's token), 143 for SIGTERM.</summary>
    public int ExitCode => 128 + (Volatile.Read(ref _signal) == SigTerm ? SigTerm : SigInt);

    /// <summary>Stops gracefully on the first SIGINT or SIGTERM; lets the second one end the process.</summary>
    public static Interruption FromProcessSignals()
    {
        var interruption = new Interruption();
        foreach (var (signal, number) in new[] { (PosixSignal.SIGINT, SigInt), (PosixSignal.SIGTERM, SigTerm) })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = !interruption.Token.IsCancellationRequested;
                interruption.Request(number);
            }));
        }

        return interruption;
    }

    /// <summary>Asks to stop as if <paramref name="signalNumber"/> (2 or 15) had arrived; only the first request counts.</summary>
    public void Request(int signalNumber)
    {
        Interlocked.CompareExchange(ref _signal, signalNumber, 0);
        _source.Cancel();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }
}
