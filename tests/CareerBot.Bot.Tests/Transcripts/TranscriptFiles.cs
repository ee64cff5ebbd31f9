namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>Where persona transcripts are written: tests/transcripts/NAME.transcript in the repository.</summary>
internal static class TranscriptFiles
{
    public static string Folder => Deployment.RepositoryFiles.Path(Path.Combine("tests", "transcripts"));

    public static string PathFor(string personaName) =>
        Path.Combine(Folder, string.Concat(personaName.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-') + ".transcript");
}
