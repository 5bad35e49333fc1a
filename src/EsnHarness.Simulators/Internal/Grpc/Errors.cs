using EsnHarness.Contracts.Common.V1;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>RpcException factories with explicit statuses and messages that say what is wrong.</summary>
internal static class Errors
{
    public const string CallCauseTrailer = "esn-call-cause";

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException Precondition(string message) => new(new Status(StatusCode.FailedPrecondition, message));

    public static RpcException Denied(string message) => new(new Status(StatusCode.PermissionDenied, message));

    public static RpcException Exhausted(string message) => new(new Status(StatusCode.ResourceExhausted, message));

    public static RpcException Unavailable(string message) => new(new Status(StatusCode.Unavailable, message));

    public static RpcException Call(StatusCode code, CallCause cause, string message)
    {
        var trailers = new Metadata { { CallCauseTrailer, CallCauseName(cause) } };
        return new RpcException(new Status(code, $"{message} ({CallCauseName(cause)})"), trailers);
    }

    public static string CallCauseName(CallCause cause) =>
        CommonReflection.Descriptor.FindTypeByName<EnumDescriptor>("CallCause").FindValueByNumber((int)cause)?.Name
        ?? cause.ToString();

    public static string Required(string field) => $"field '{field}' is required";
}
