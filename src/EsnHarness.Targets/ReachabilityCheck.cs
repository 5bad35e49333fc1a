using System.Net.Sockets;

namespace EsnHarness.Targets;

/// <summary>Checks, before the first scenario, that every external endpoint of a profile accepts a TCP connection.</summary>
public static class ReachabilityCheck
{
    /// <summary>One line per endpoint that could not be reached within <paramref name="timeout"/>; empty when all answer.</summary>
    public static async Task<IReadOnlyList<string>> FindUnreachableAsync(ResolvedProfile profile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var external = profile.Endpoints.Values.Where(endpoint => !endpoint.Embedded).ToList();
        var results = await Task.WhenAll(external.Select(endpoint => ProbeAsync(endpoint, timeout, cancellationToken)));
        return results.OfType<string>().Select(problem => $"profile '{profile.Name}': {problem}").ToList();
    }

    private static async Task<string?> ProbeAsync(ResolvedEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var address = endpoint.Address!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port, deadline.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{endpoint.Role.Name()}: {address.Host}:{address.Port} did not accept a connection within {timeout.TotalSeconds:0.#} s";
        }
        catch (SocketException error)
        {
            return $"{endpoint.Role.Name()}: {address.Host}:{address.Port} is unreachable ({error.SocketErrorCode})";
        }
    }
}
