using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: operating the MCX core (esn.mcx.v1 McxOperations), e.g. failing it over to its standby.</summary>
public sealed class CoreOperations(EsnSession session)
{
    private readonly McxOperations.McxOperationsClient _operations = new(session.Invoker(EsnRole.Mcx));

    /// <summary>The MCX core fails; its standby takes over after <paramref name="takeover"/>.</summary>
    /// <exception cref="InvalidOperationException">The MCX service offers no failover operation (a supplier's service).</exception>
    public async Task FailOverAsync(TimeSpan takeover)
    {
        try
        {
            await _operations.FailOverAsync(new FailOverRequest { TakeoverMs = (uint)takeover.TotalMilliseconds });
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            throw new InvalidOperationException(
                "The MCX service under test offers no failover operation (esn.mcx.v1 McxOperations.FailOver): run core failover requirements with the operator's own failover procedure, or against the reference MCX.", e);
        }
    }
}
