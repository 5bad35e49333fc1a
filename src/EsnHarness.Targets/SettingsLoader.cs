using System.Text.Json;
using EsnHarness.Targets.Internal;

namespace EsnHarness.Targets;

/// <summary>Reads esn.json. Every mistake is reported as one line naming the file and the JSON path of the field.</summary>
public static class SettingsLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Finds esn.json in <paramref name="startDirectory"/> or a parent; null when there is none.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, HarnessSettings.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads <paramref name="path"/>; throws <see cref="ProfileException"/> listing every problem.</summary>
    public static HarnessSettings Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ProfileException([$"{path}: file not found"]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(fullPath), Options);
        }
        catch (JsonException error)
        {
            throw new ProfileException([$"{path}:{error.LineNumber + 1}:{error.BytePositionInLine + 1}: not valid JSON: {FirstSentence(error.Message)}"]);
        }

        using (document)
        {
            var reader = new SettingsReader(Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath)!);
            var settings = reader.Read(document.RootElement);
            return reader.Problems.Count == 0 ? settings : throw new ProfileException(reader.Problems);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
