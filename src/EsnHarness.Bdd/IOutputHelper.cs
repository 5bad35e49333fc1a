namespace EsnHarness.Bdd;

/// <summary>Injectable into bindings: text and attachments that become Cucumber <c>attachment</c> messages on the current step.</summary>
public interface IOutputHelper
{
    /// <summary>Writes a line of log text (media type <c>text/x.cucumber.log+plain</c>).</summary>
    void WriteLine(string text);

    /// <summary>Attaches text such as JSON or XML.</summary>
    void Attach(string body, string mediaType, string? fileName = null);

    /// <summary>Attaches binary data (base64 encoded in the message).</summary>
    void Attach(byte[] data, string mediaType, string? fileName = null);
}
