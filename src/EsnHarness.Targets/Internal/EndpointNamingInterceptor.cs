using Grpc.Core;
using Grpc.Core.Interceptors;

namespace EsnHarness.Targets.Internal;

/// <summary>
/// The gRPC side of <see cref="EndpointNamingHandler"/>: a call that fails because the endpoint cannot be reached (status
/// Unavailable raised by the client, e.g. gRPC's own "Error connecting to subchannel" when a connection attempt is
/// refused, which never passes through the HTTP handler) says which role and address went away. Unavailable sent by the
/// service itself is passed on as it is. The renamed failure is an <see cref="EndpointUnreachableException"/>, so no step
/// mistakes a system that went away for ESN refusing a request.
/// </summary>
internal sealed class EndpointNamingInterceptor(string role, Uri address) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        return new AsyncUnaryCall<TResponse>(Named(call.ResponseAsync), Named(call.ResponseHeadersAsync), call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        return new AsyncServerStreamingCall<TResponse>(new NamedReader<TResponse>(call.ResponseStream, this), Named(call.ResponseHeadersAsync), call.GetStatus, call.GetTrailers, call.Dispose);
    }

    private async Task<T> Named<T>(Task<T> task)
    {
        try
        {
            return await task;
        }
        catch (RpcException e) when (Unreachable(e))
        {
            throw Rename(e);
        }
    }

    /// <summary>Unavailable raised on this side of the wire (it carries the local exception), not sent by the service.</summary>
    private static bool Unreachable(RpcException e) =>
        e.StatusCode == StatusCode.Unavailable && e.Status.DebugException is not null && !e.Status.Detail.Contains(" is unreachable", StringComparison.Ordinal);

    private EndpointUnreachableException Rename(RpcException e) =>
        new(new Status(StatusCode.Unavailable, $"{role} endpoint {address} is unreachable: {e.Status.Detail}", e.Status.DebugException), e.Trailers);

    private sealed class NamedReader<T>(IAsyncStreamReader<T> inner, EndpointNamingInterceptor owner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public Task<bool> MoveNext(CancellationToken cancellationToken) => owner.Named(inner.MoveNext(cancellationToken));
    }
}
