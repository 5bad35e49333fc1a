using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>Writes envelopes as NDJSON (one JSON object per line) to a text writer, flushing after each test case and at the end.</summary>
public sealed class NdjsonEnvelopeSink(TextWriter writer) : IEnvelopeSink, IDisposable
{
    /// <summary>A sink writing UTF-8 NDJSON to <paramref name="path"/> (its folder is created; an existing file is replaced).</summary>
    public static NdjsonEnvelopeSink ToFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new NdjsonEnvelopeSink(new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
    }

    /// <inheritdoc />
    public void Write(Envelope envelope)
    {
        writer.Write(NdjsonSerializer.Serialize(envelope));
        writer.Write('\n');
        if (envelope.TestCaseFinished is not null || envelope.TestRunFinished is not null)
        {
            writer.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();
}
