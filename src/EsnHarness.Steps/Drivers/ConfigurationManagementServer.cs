using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Stubs;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the configuration management server (CMS, TS 24.484) as a deployment uses it. The scenario's CMS
/// session (the embedded stub session in the reference profile, or the profile's cms address) serves the user profiles
/// under stubs/cms; the MCX service is pointed at it and reads each user's profile from it at registration, so whether a
/// user gets service follows what the CMS holds for them, not what a step configured.
/// </summary>
public sealed class ConfigurationManagementServer(EsnSession session, ScenarioStubs stubs)
{
    /// <summary>The endpoint folder of the CMS stubs.</summary>
    public const string Endpoint = "cms";

    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));

    /// <summary>Points the MCX service at this scenario's CMS and makes it refuse a registration whose user has no MCPTT
    /// user profile there.</summary>
    public async Task RequireProfilesAsync()
    {
        var root = new Uri((await stubs.SessionAsync(Endpoint)).Address, Endpoint).AbsoluteUri;
        await Rpc.CallAsync(() => _config.SetConfigurationManagementAsync(new ConfigurationManagement { XcapRoot = root, RequireProfile = true }).ResponseAsync,
            $"point the MCX service at this scenario's CMS ({root}) and require a user profile there");
    }
}
