using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs.Esn;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: log-on through the IdMS (TS 33.180). Once <see cref="RequireTokensAsync"/> ran, the scenario's MCX
/// namespace admits only users whose terminal presents an active IdMS access token, checked by the MCX itself at the
/// scenario's IdMS introspection endpoint; every later log-on first gets a token from the IdMS for the user, as the
/// MC client's IdM client would, and hands it to the terminal.
/// </summary>
public sealed class IdmsLogOn(EsnSession session, ScenarioStubs stubs)
{
    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _issued = new(StringComparer.Ordinal);

    /// <summary>The <see cref="EsnRefusedException.Status"/> of a log-on the IdMS's token endpoint refused.</summary>
    public const string RefusedBy = "IdMS";

    /// <summary>True once the scenario's MCX requires IdMS tokens.</summary>
    public bool Required { get; private set; }

    /// <summary>Points the MCX namespace at this scenario's IdMS and makes it require tokens at registration.</summary>
    public async Task RequireTokensAsync()
    {
        if (Required)
        {
            return;
        }

        var idms = await stubs.IdmsAsync();
        await Rpc.CallAsync(() => _config.SetIdentityServiceAsync(new IdentityService
        {
            IntrospectionUrl = idms.IntrospectionAddress.ToString(),
            RequireToken = true,
        }).ResponseAsync, "make the MCX service require IdMS tokens");
        Required = true;
    }

    /// <summary>The access token the member's terminal presents: none while tokens are not required, else a fresh one from the IdMS.</summary>
    /// <exception cref="EsnRefusedException">The IdMS refused the user a token.</exception>
    public async Task<string> TokenForAsync(CastMember member)
    {
        if (!Required)
        {
            return "";
        }

        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(member.McpttId);
        if (!result.Issued)
        {
            throw new EsnRefusedException($"log {member.Name} on at the IdMS", RefusedBy, result.ToString());
        }

        _issued[member.McpttId] = Fingerprint(result.AccessToken!);
        return result.AccessToken!;
    }

    /// <summary>The KMS a terminal's key management client is provisioned with (its key management base URL): the
    /// scenario's KMS once log-on goes through the IdMS (the client presents the user's access token to the KMS, TS 33.180
    /// §5.3), else none.</summary>
    public async Task<string> KeyManagementUrlAsync() => Required ? (await stubs.KmsAsync()).KeyManagementAddress.AbsoluteUri : "";

    /// <summary>
    /// Whether the MCX service asked the IdMS about the token the member's terminal last presented (RFC 7662 introspection;
    /// the harness itself never introspects) and the IdMS answered; the token is compared by fingerprint, never shown.
    /// </summary>
    public async Task<bool> TokenCheckedAsync(CastMember member)
    {
        if (!_issued.TryGetValue(member.McpttId, out var presented))
        {
            throw new ArgumentException($"{member.Name}'s terminal presented no IdMS token in this scenario (tokens are required only after 'Given the MCX service admits only users with a valid IdMS token').");
        }

        var received = await (await stubs.SessionAsync(IdmsStub.Endpoint)).ReceivedAsync(IdmsStub.Endpoint);
        return received.Any(r => r.Method == "POST" && r.Path.EndsWith("/introspect", StringComparison.Ordinal) && r.ResponseStatus == 200
            && FormField(r.Body, "token") is { } token && Fingerprint(token) == presented);
    }

    private static string Fingerprint(string token) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string? FormField(string? body, string name) =>
        body?.Split('&').Select(p => p.Split('=', 2)).Where(kv => kv.Length == 2 && Uri.UnescapeDataString(kv[0]) == name)
            .Select(kv => Uri.UnescapeDataString(kv[1].Replace('+', ' '))).FirstOrDefault();
}
