using NUnit.Framework;

/// <summary>
/// Runs this test assembly only when no other EsnHarness test assembly runs on the machine. <c>dotnet test EsnHarness.sln</c>
/// starts every test assembly at once; the catalogue's KPI measurements and the external-process tests measure real time
/// and fail when browser tests or another catalogue take the two cores from under them. A machine-wide named mutex gives
/// each assembly its turn: the first to ask runs, the others wait for it (a blocking wait on the lock, never a poll).
/// Outside any namespace so it wraps the whole assembly; linked into every test project by tests/Directory.Build.props.
/// </summary>
[SetUpFixture]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "An assembly-wide NUnit set-up fixture must be outside every namespace.")]
public sealed class TestMachineTurn
{
    private const string MutexName = "Global\\esn-harness-test-machine";
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(40);
    private readonly TaskCompletionSource _acquired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _release = new();
    private Thread? _holder;

    [OneTimeSetUp]
    public async Task TakeTurnAsync()
    {
        // A mutex belongs to the thread that took it: one thread takes it, holds it, and gives it back when told.
        _holder = new Thread(Hold) { IsBackground = true, Name = "test machine turn" };
        _holder.Start();
        await _acquired.Task;
    }

    [OneTimeTearDown]
    public void GiveTurnBack()
    {
        _release.Set();
        _holder?.Join(TimeSpan.FromSeconds(10));
        _release.Dispose();
    }

    private void Hold()
    {
        try
        {
            using var mutex = new Mutex(initiallyOwned: false, MutexName);
            bool owned;
            try
            {
                owned = mutex.WaitOne(LongestWait);
            }
            catch (AbandonedMutexException)
            {
                owned = true; // a test process died holding it: the turn is ours now
            }

            if (!owned)
            {
                _acquired.TrySetException(new TimeoutException(
                    $"another EsnHarness test assembly held the machine for over {LongestWait.TotalMinutes} minutes (mutex {MutexName})"));
                return;
            }

            _acquired.TrySetResult();
            _release.Wait();
            mutex.ReleaseMutex();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WaitHandleCannotBeOpenedException)
        {
            _acquired.TrySetException(new InvalidOperationException($"cannot take the test machine's turn (mutex {MutexName}): {e.Message}", e));
        }
    }
}
