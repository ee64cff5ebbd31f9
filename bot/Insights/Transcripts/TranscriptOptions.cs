namespace CareerBot.Bot.Insights.Transcripts;

/// <summary>
/// Transcripts for advisers (opt-in). When <see cref="Folder"/> is set, each conversation is written
/// there as a Bot Framework <c>.transcript</c> file with personal data removed.
/// </summary>
public sealed class TranscriptOptions
{
    public const string Section = "Transcripts";

    /// <summary>Folder for the .transcript files; empty (the default) turns transcripts off.</summary>
    public string? Folder { get; set; }
}
