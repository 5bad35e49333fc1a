using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// What the user does on the terminal with the MCX's common functions: functional aliases (TS 23.280 §10.13), kept as the
/// terminal's list of aliases held (most recent first), and call-back requests (TS 24.379 Annex G.13). Each goes over the
/// modelled uplink and needs service.
/// </summary>
internal sealed class DeviceCommonFunctions(DeviceRegistration registration, DeviceUplink uplink, McxCommonFunctions.McxCommonFunctionsClient common)
{
    private readonly Lock _gate = new();
    private readonly List<string> _aliases = [];

    /// <summary>The aliases held, most recently activated first.</summary>
    public IReadOnlyList<string> Aliases
    {
        get
        {
            lock (_gate)
            {
                return [.. _aliases];
            }
        }
    }

    public async Task<FunctionalAliasStatus> ActivateAsync(string alias, CancellationToken ct)
    {
        var status = await uplink.RequestAsync(() => common.ActivateFunctionalAliasAsync(Request(alias), uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _aliases.RemoveAll(a => string.Equals(a, status.Alias, StringComparison.OrdinalIgnoreCase));
            _aliases.Insert(0, status.Alias);
        }

        return status;
    }

    public async Task<FunctionalAliasStatus> DeactivateAsync(string alias, CancellationToken ct)
    {
        var status = await uplink.RequestAsync(() => common.DeactivateFunctionalAliasAsync(Request(alias), uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _aliases.RemoveAll(a => string.Equals(a, status.Alias, StringComparison.OrdinalIgnoreCase));
        }

        return status;
    }

    public Task<CallBack> RequestCallBackAsync(string target, CancellationToken ct) =>
        uplink.RequestAsync(() => common.RequestCallBackAsync(CallBack(target), uplink.Headers, cancellationToken: ct).ResponseAsync, ct);

    public Task<CallBack> CancelCallBackAsync(string target, CancellationToken ct) =>
        uplink.RequestAsync(() => common.CancelCallBackAsync(CallBack(target), uplink.Headers, cancellationToken: ct).ResponseAsync, ct);

    /// <summary>Powered off: the MCX deactivated every alias with the registration.</summary>
    public void PoweredOff()
    {
        lock (_gate)
        {
            _aliases.Clear();
        }
    }

    public void Describe(DeviceState state) => state.FunctionalAliases.AddRange(Aliases);

    private FunctionalAliasRequest Request(string alias) => new() { McpttId = registration.McpttId, Alias = alias };

    private CallBackRequest CallBack(string target) => new() { McpttId = registration.McpttId, TargetMcpttId = target };
}
