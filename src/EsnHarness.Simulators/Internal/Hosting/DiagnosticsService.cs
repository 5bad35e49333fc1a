using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>gRPC Diagnostics: a plain unary echo, the baseline next to which the simulators' round trips are measured.</summary>
internal sealed class DiagnosticsService : Diagnostics.DiagnosticsBase
{
    public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        Namespaces.Of(context);
        if (request.Payload.Length > 64 * 1024)
        {
            throw Errors.Invalid($"field 'payload' is {request.Payload.Length} bytes; at most 65536 are echoed");
        }

        return Task.FromResult(new EchoResponse { Payload = request.Payload });
    }
}
