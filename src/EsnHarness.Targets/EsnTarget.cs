using System.Collections.Concurrent;
using EsnHarness.Targets.Internal;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace EsnHarness.Targets;

/// <summary>
/// Where each ESN role lives for this run: the embedded reference simulators and stubs, or an agency's systems.
/// Run-scoped: the process's composition root (the CLI, the NUnit catalogue) resolves it from an esn.json profile,
/// starts the embedded roles it needs and puts it in the run context before the first scenario.
/// Shares one gRPC channel and one HTTP client per address across all scenarios.
/// </summary>
public sealed class EsnTarget : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<EsnRole, Uri> _endpoints;
    private readonly ConcurrentDictionary<Uri, GrpcChannel> _channels = new();
    private readonly ConcurrentDictionary<Uri, HttpClient> _http = new();
    private readonly List<IAsyncDisposable> _owned = [];

    /// <summary>Creates a target from an address per role.</summary>
    /// <param name="endpoints">Address of each role; roles not listed are unavailable.</param>
    /// <param name="profile">Profile name shown in reports, e.g. "reference" or "las-test".</param>
    /// <param name="eventTimeout">How long a step waits for an expected event; default 5 s.</param>
    public EsnTarget(IReadOnlyDictionary<EsnRole, Uri> endpoints, string profile = "reference", TimeSpan? eventTimeout = null)
    {
        _endpoints = new Dictionary<EsnRole, Uri>(endpoints);
        Profile = profile;
        EventTimeout = eventTimeout ?? TimeSpan.FromSeconds(5);
    }

    /// <summary>Clock used to judge ages and deadlines against the target's timestamps; the system clock unless the host sets one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Makes the channel for an external role (TLS, mutual TLS, credentials); null, or a null result, uses a plain channel.</summary>
    public Func<EsnRole, Uri, GrpcChannel?>? ChannelFactory { get; init; }

    /// <summary>Makes the HTTP client for an external role (TLS, mutual TLS, credentials); null, or a null result, uses a plain client.</summary>
    public Func<EsnRole, Uri, HttpClient?>? HttpFactory { get; init; }

    /// <summary>Profile name.</summary>
    public string Profile { get; }

    /// <summary>Default deadline for awaited events.</summary>
    public TimeSpan EventTimeout { get; }

    /// <summary>The roles this target has an address for.</summary>
    public IReadOnlyCollection<EsnRole> Roles => _endpoints.Keys.ToArray();

    /// <summary>
    /// Builds a target from a role → URL map as written in esn.json, e.g. <c>{"mcx": "https://mcx.las.example:8443", "cad": "http://127.0.0.1:5001"}</c>.
    /// Role names are case-insensitive (<c>controlRoom</c>, <c>controlroom</c>).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown role or a URL that is not absolute; the message names it.</exception>
    /// <param name="roleUrls">Role name to absolute URL.</param>
    /// <param name="profile">Profile name shown in reports.</param>
    /// <param name="eventTimeout">Deadline for awaited events; default 5 s.</param>
    public static EsnTarget FromUrls(IReadOnlyDictionary<string, string> roleUrls, string profile = "reference", TimeSpan? eventTimeout = null)
    {
        var endpoints = new Dictionary<EsnRole, Uri>();
        foreach (var (role, url) in roleUrls)
        {
            if (EsnRoles.Parse(role) is not { } parsed)
            {
                throw new ArgumentException($"Unknown role '{role}' in profile '{profile}'; roles are: {EsnRoles.Known}.", nameof(roleUrls));
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                throw new ArgumentException($"Role '{role}' in profile '{profile}': '{url}' is not an absolute URL.", nameof(roleUrls));
            }

            endpoints[parsed] = uri;
        }

        return new EsnTarget(endpoints, profile, eventTimeout);
    }

    /// <summary>The address of <paramref name="role"/>.</summary>
    /// <exception cref="InvalidOperationException">The profile gives no address for it.</exception>
    public Uri Endpoint(EsnRole role) =>
        _endpoints.TryGetValue(role, out var uri)
            ? uri
            : throw new InvalidOperationException($"Profile '{Profile}' gives no address for role '{role.Name()}'; add it to the profile in esn.json.");

    /// <summary>True if the profile gives an address for <paramref name="role"/>.</summary>
    public bool Has(EsnRole role) => _endpoints.ContainsKey(role);

    /// <summary>The shared gRPC channel to <paramref name="role"/>.</summary>
    public GrpcChannel Channel(EsnRole role) =>
        _channels.GetOrAdd(Endpoint(role), uri => ChannelFactory?.Invoke(role, uri) ?? GrpcChannel.ForAddress(uri, new GrpcChannelOptions { MaxReceiveMessageSize = 16 * 1024 * 1024 }));

    /// <summary>
    /// A call invoker on the shared channel to <paramref name="role"/> that names the role and address when the endpoint
    /// cannot be reached (an <see cref="EndpointUnreachableException"/>), so no step takes a system that went away for ESN
    /// refusing a request.
    /// </summary>
    public CallInvoker Invoker(EsnRole role) =>
        Channel(role).Intercept(new EndpointNamingInterceptor(role.Name(), Endpoint(role)));

    /// <summary>The shared HTTP client for <paramref name="role"/>, with its address as base address.</summary>
    public HttpClient Http(EsnRole role) =>
        _http.GetOrAdd(Endpoint(role), uri => HttpFactory?.Invoke(role, uri) ?? new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(30) });

    /// <summary>Hands a host (simulators, stubs) to the target so it is disposed with it.</summary>
    public void Own(IAsyncDisposable resource) => _owned.Add(resource);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        foreach (var client in _http.Values)
        {
            client.Dispose();
        }

        foreach (var resource in Enumerable.Reverse(_owned))
        {
            await resource.DisposeAsync();
        }
    }
}
