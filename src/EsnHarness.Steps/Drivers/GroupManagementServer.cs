using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the group management server (GMS, TS 24.481) as a deployment uses it. The scenario's GMS session
/// (the embedded stub session in the reference profile, or the profile's gms address) serves the group documents under
/// stubs/gms; the MCX service is pointed at it once (SetGroupManagement) and reads a group's document from it by
/// reference, so what the MCX does with a group follows the document the GMS serves, not what a step configured.
/// </summary>
public sealed class GroupManagementServer(EsnSession session, ScenarioStubs stubs, Groups groups)
{
    /// <summary>The endpoint folder of the GMS stubs.</summary>
    public const string Endpoint = "gms";

    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly Lock _gate = new();
    private Task? _pointing;

    /// <summary>The XUI the GMS holds a group's documents under: the owning agency's, or London's for a multi-agency group.</summary>
    public static string DocumentsXui(Agency? agency) => $"sip:gms@{(agency?.Name() ?? "london").ToLowerInvariant()}.esn.gov.uk";

    /// <summary>
    /// Makes the GMS serve <paramref name="version"/> of the group's document (the WireMock scenario "<c>GROUP document</c>"
    /// of stubs/gms moves to that state, as an operator changing the document would), then has the MCX service read it.
    /// </summary>
    /// <exception cref="Grpc.Core.RpcException">The MCX could not read it (NOT_FOUND when the GMS holds no such version).</exception>
    public async Task ServeVersionAsync(GroupName group, Agency? owner, string version)
    {
        var gms = await stubs.SessionAsync(Endpoint);
        await gms.SetScenarioStateAsync($"{group.Value} document", version);
        await ReferenceAsync(group, owner);
    }

    /// <summary>The MCX service reads the group's document from this scenario's GMS and uses it from now on.</summary>
    public async Task ReferenceAsync(GroupName group, Agency? owner)
    {
        await PointMcxAsync();
        var xui = DocumentsXui(owner);
        var read = await Rpc.CallAsync(() => _config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = group.Value, DocumentsXui = xui }).ResponseAsync,
            $"have the MCX service read the document of {group} from the GMS (XUI {xui})");
        await groups.RememberAsync(read.Group);
    }

    private Task PointMcxAsync()
    {
        lock (_gate)
        {
            return _pointing ??= PointAsync();
        }
    }

    private async Task PointAsync()
    {
        var root = new Uri((await stubs.SessionAsync(Endpoint)).Address, Endpoint).AbsoluteUri;
        await Rpc.CallAsync(() => _config.SetGroupManagementAsync(new GroupManagement { XcapRoot = root }).ResponseAsync,
            $"point the MCX service at this scenario's GMS ({root})");
    }
}
