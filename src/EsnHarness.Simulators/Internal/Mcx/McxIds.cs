using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>Checks of the identifiers a request carries (MCPTT IDs, group, call and message IDs).</summary>
internal static class McxIds
{
    public const int MaxLength = 256;

    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT naming <paramref name="field"/> when empty or too long.</exception>
    public static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Errors.Invalid(Errors.Required(field));
        }

        if (value.Length > MaxLength)
        {
            throw Errors.Invalid($"field '{field}' is {value.Length} characters long; at most {MaxLength} are allowed");
        }
    }

    /// <summary>At most 80 characters of a value a user gave, for an error message.</summary>
    public static string Shown(string value) => value.Length > 80 ? value[..80] + "..." : value;
}
