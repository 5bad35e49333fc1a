using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>Turns an unexpected exception into an INTERNAL status that names the method, so the host never crashes and callers see why.</summary>
internal sealed partial class ExceptionInterceptor(ILogger<ExceptionInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException and not OperationCanceledException)
        {
            throw Wrap(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException and not OperationCanceledException)
        {
            throw Wrap(e, context);
        }
    }

    private RpcException Wrap(Exception e, ServerCallContext context)
    {
        LogUnexpected(logger, context.Method, e);
        return new RpcException(new Status(StatusCode.Internal, $"simulator error in {context.Method}: {e.Message}"));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in {Method}")]
    private static partial void LogUnexpected(ILogger logger, string method, Exception e);
}
