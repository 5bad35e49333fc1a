using Grpc.Core;

namespace EsnHarness.Targets;

/// <summary>
/// A gRPC call failed because the role's endpoint could not be reached (connection refused, reset, TLS failure); the
/// status detail names the role and address. Not a refusal by ESN: steps that expect one let it through.
/// </summary>
public sealed class EndpointUnreachableException(Status status, Metadata trailers) : RpcException(status, trailers);
