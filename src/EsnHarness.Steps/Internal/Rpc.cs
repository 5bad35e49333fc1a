using EsnHarness.Steps.Drivers;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Internal;

/// <summary>One gRPC call of a driver: a refusal by ESN becomes an <see cref="EsnRefusedException"/> saying what was asked.</summary>
internal static class Rpc
{
    /// <summary>Runs <paramref name="call"/>; an endpoint that cannot be reached stays an <see cref="EndpointUnreachableException"/>.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RpcException e) when (e is not EndpointUnreachableException)
        {
            throw new EsnRefusedException(what, e.StatusCode.ToString(), e.Status.Detail);
        }
    }
}
