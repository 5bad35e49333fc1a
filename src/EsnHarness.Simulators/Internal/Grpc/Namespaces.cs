using EsnHarness.Contracts;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>Reads the scenario namespace from a call's <c>esn-namespace</c> header.</summary>
internal static class Namespaces
{
    public static string Of(ServerCallContext context)
    {
        var value = context.RequestHeaders.GetValue(EsnMetadata.NamespaceHeader);
        if (value is null)
        {
            return EsnMetadata.DefaultNamespace;
        }

        if (!EsnMetadata.IsValidNamespace(value))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"metadata '{EsnMetadata.NamespaceHeader}' must be 1 to {EsnMetadata.MaxNamespaceLength} characters of [A-Za-z0-9._:-], got '{Truncate(value)}'"));
        }

        return value;
    }

    public static Metadata Headers(string ns) => new() { { EsnMetadata.NamespaceHeader, ns } };

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
