namespace EsnHarness.Reporting;

/// <summary>An attachment other than evidence, as the run recorded it.</summary>
/// <param name="MediaType">The attachment's media type.</param>
/// <param name="FileName">Its file name, if the step gave one.</param>
/// <param name="Body">The body: text as is, binary as base64 (see <paramref name="IsBase64"/>).</param>
/// <param name="IsBase64">True when <paramref name="Body"/> is base64-encoded binary.</param>
/// <param name="Url">For external attachments, where the content lives.</param>
public sealed record AttachmentReport(string MediaType, string? FileName, string Body, bool IsBase64, string? Url = null);
