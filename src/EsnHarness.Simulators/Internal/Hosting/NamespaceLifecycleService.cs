using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>gRPC NamespaceLifecycle: the end of a scenario's namespace on every role this host serves.</summary>
internal sealed class NamespaceLifecycleService(NamespaceDirectory directory) : NamespaceLifecycle.NamespaceLifecycleBase
{
    public override async Task<CloseNamespaceResponse> Close(CloseNamespaceRequest request, ServerCallContext context) =>
        new() { WorldsClosed = (uint)await directory.CloseAsync(Namespaces.Of(context)) };
}
