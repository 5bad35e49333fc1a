namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of MCData file distribution (FD) using HTTP: the MCX content server and FD function, and the terminal's upload.</summary>
public static class FileDistributionDefects
{
    /// <summary>FILE DOWNLOAD COMPLETED dispositions are accepted from recipients and never forwarded to the sender.</summary>
    public static readonly Defect DownloadCompletedNeverSent = new(
        "mcx.fd-download-completed-never-sent", "mcx",
        "The officer who sent a body-worn video clip is never told that the sergeant or custody have downloaded it, though they have.",
        "TS 24.282 FD disposition notification FILE DOWNLOAD COMPLETED (clause not checked); TS 23.282 §7.5.2 (FD download completed report)");

    /// <summary>The content server serves a file to anyone who has its URL.</summary>
    public static readonly Defect NonMemberCanDownload = new(
        "mcx.fd-non-member-can-download", "mcx",
        "Evidence sent to the custody group can be downloaded by any registered user who learns its URL, not only the group's members.",
        "TS 23.282 §7.5.2 (FD to the group's members; content server authorisation, sub-clause not checked); TS 33.180 (MCData content protection)");

    /// <summary>The content server stores an upload without its last 64 KiB block.</summary>
    public static readonly Defect FileTruncated = new(
        "mcx.fd-file-truncated", "mcx",
        "The content server keeps a clip without its last block: what the recipients download is not what the officer recorded, and the evidence is lost.",
        "TS 24.282 FD using HTTP (the file as uploaded, clause not checked); London requirement: evidence arrives intact (REQ-LDN-MOB)");

    /// <summary>A terminal does not resend an upload part lost on the radio link.</summary>
    public static readonly Defect LostPartNotResent = new(
        "device.fd-lost-part-not-resent", "device",
        "An upload over a lossy link skips the parts the radio lost instead of sending them again: the clip never arrives whole.",
        "TS 24.282 FD using HTTP (HTTP over TCP delivers the whole body, clause not checked)");

    /// <summary>Every FD defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [DownloadCompletedNeverSent, NonMemberCanDownload, FileTruncated, LostPartNotResent];
}
