using EsnHarness.Stubs.Internal;

namespace EsnHarness.Stubs;

public sealed partial class StubSession
{
    /// <summary>The requests received so far that meet <paramref name="expectation"/>.</summary>
    public IReadOnlyList<ReceivedRequest> Matching(RequestExpectation expectation) =>
        VerificationReport.Matching(expectation, Received());

    /// <summary>Asserts that the endpoint has received <paramref name="count"/> requests meeting <paramref name="expectation"/>.</summary>
    /// <returns>The matching requests.</returns>
    /// <exception cref="StubVerificationException">It has not; the message lists what it received and the closest mismatch.</exception>
    public IReadOnlyList<ReceivedRequest> Verify(RequestExpectation expectation, RequestCount count)
    {
        RequireEndpoint(expectation.Endpoint);
        var received = Received();
        var matching = VerificationReport.Matching(expectation, received);
        return count.IsSatisfiedBy(matching.Count)
            ? matching
            : throw new StubVerificationException(VerificationReport.Explain(expectation, count, received));
    }

    /// <summary>Waits until the endpoint has received <paramref name="count"/> requests meeting
    /// <paramref name="expectation"/> (for "exactly", until it has at least that many, then checks there are no more).
    /// Woken by the journal, never by polling.</summary>
    /// <exception cref="StubVerificationException">The deadline passed first; the message lists what arrived.</exception>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(RequestExpectation expectation, RequestCount count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(expectation.Endpoint);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, EventArgs e)
        {
            if (VerificationReport.Matching(expectation, Received()).Count >= count.Count)
            {
                arrived.TrySetResult();
            }
        }

        _server.JournalChanged += Check;
        try
        {
            Check(this, EventArgs.Empty);
            await arrived.Task.WaitAsync(timeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new StubVerificationException(VerificationReport.Explain(expectation, count, Received(), $" within {timeout.TotalMilliseconds:0} ms"));
        }
        finally
        {
            _server.JournalChanged -= Check;
        }

        return Verify(expectation, count);
    }
}
