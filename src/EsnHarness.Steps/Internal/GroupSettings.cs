using System.Globalization;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>Group settings by the names a requirement owner writes in a "configured with" table.</summary>
internal static class GroupSettings
{
    public static void Apply(GroupConfig config, string setting, string value)
    {
        switch (setting.Trim().ToLowerInvariant())
        {
            case "queueing":
                config.QueueingEnabled = Switch(setting, value);
                break;
            case "maximum talk time":
                config.MaxTalkTimeMs = Milliseconds(setting, value);
                break;
            case "emergency talk time":
                config.EmergencyTalkTimeMs = Milliseconds(setting, value);
                break;
            case "hang time":
                config.HangTimeMs = Milliseconds(setting, value);
                break;
            case "maximum participant count":
                config.MaxParticipants = Number(setting, value);
                break;
            case "maximum queue length":
                config.MaxQueueLength = Number(setting, value);
                break;
            case "allow emergency":
                config.AllowEmergency = Switch(setting, value);
                config.AllowEmergencyAlert = config.AllowEmergency;
                break;
            case "allow imminent peril":
                config.AllowImminentPeril = Switch(setting, value);
                break;
            case "audio cut-in":
                config.AudioCutIn = Switch(setting, value);
                break;
            case "priority":
                config.Priority = Number(setting, value);
                break;
            case "mutual aid":
                config.MutualAid = Switch(setting, value);
                break;
            default:
                throw new ArgumentException(
                    $"Unknown group setting '{setting}'; use: queueing, maximum talk time, emergency talk time, hang time, maximum participant count, maximum queue length, allow emergency, allow imminent peril, audio cut-in, priority, mutual aid.");
        }
    }

    private static bool Switch(string setting, string value) => value.Trim().ToLowerInvariant() switch
    {
        "on" or "yes" or "true" => true,
        "off" or "no" or "false" => false,
        _ => throw new ArgumentException($"Group setting '{setting}': '{value}' is not on/off or yes/no."),
    };

    private static uint Number(string setting, string value) =>
        uint.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"Group setting '{setting}': '{value}' is not a whole number.");

    private static uint Milliseconds(string setting, string value)
    {
        var parts = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            switch (parts[1])
            {
                case "ms":
                    return (uint)amount;
                case "s":
                    return (uint)(amount * 1000);
            }
        }

        throw new ArgumentException($"Group setting '{setting}': '{value}' is not a duration such as '500 ms' or '30 s'.");
    }
}
