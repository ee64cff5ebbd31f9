namespace CareerBot.Bench;

/// <summary>
/// Where the bench's web hosts have their content root. ASP.NET Core watches the content root, folders and all, for
/// changes to appsettings.json; a SQLite file written under it wakes that watcher on every write (perf put the
/// watcher thread at 6% of a bot run). The image keeps its files out of the content root (/app, data in /data), and
/// so does the bench: the bot's content root is an empty folder beside its files, and the sink's and the bare
/// endpoint's is the bench's own program folder (never the working directory, which may hold the temp files).
/// </summary>
internal static class BenchHosts
{
    /// <summary>An empty content root for a bot host whose files are in <paramref name="folder"/>.</summary>
    public static WebApplicationOptions BotOptions(string folder) => new()
    {
        ContentRootPath = Directory.CreateDirectory(Path.Combine(folder, "content")).FullName,
        EnvironmentName = "Production",
    };

    /// <summary>For the sink and the bare endpoint.</summary>
    public static WebApplicationOptions PlainOptions() => new() { ContentRootPath = AppContext.BaseDirectory };
}
