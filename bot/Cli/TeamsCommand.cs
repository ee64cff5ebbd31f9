using CareerBot.Bot.Channels.Teams;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>teams package --app-id GUID [--host careerbot.example.org] [--version 1.0.0] [--out careerbot-teams.zip]</c>:
/// the Teams app package to side-load. <c>teams icons --out DIR</c>: draws color.png and outline.png again.
/// </summary>
internal static class TeamsCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["app-id", "host", "version", "out"];
    private const string Usage = "Usage: teams package --app-id GUID [--host DOMAIN] [--version 1.0.0] [--out FILE.zip]\n       teams icons --out DIR";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CliArgs.Parse(args.Skip(1), Flags, Valued);
        var action = parsed.Words.FirstOrDefault();
        if (parsed.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (parsed.Errors.Count > 0 || parsed.Words.Count != 1 || action is not ("package" or "icons"))
        {
            foreach (var e in parsed.Errors) await Console.Error.WriteLineAsync(e);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        return action == "package" ? await PackageAsync(parsed) : await IconsAsync(parsed);
    }

    private static async Task<int> PackageAsync(CliArgs parsed)
    {
        var appId = parsed.Get("app-id") ?? Environment.GetEnvironmentVariable("MicrosoftAppId");
        if (string.IsNullOrWhiteSpace(appId))
        {
            await Console.Error.WriteLineAsync("Give the bot's Microsoft App ID with --app-id (or set MicrosoftAppId).");
            return 2;
        }
        byte[] zip;
        try
        {
            zip = TeamsAppPackage.Build(appId, parsed.Get("host"), parsed.Get("version"));
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal));
            return 2;
        }
        var output = Path.GetFullPath(parsed.Get("out") ?? "careerbot-teams.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllBytesAsync(output, zip);
        Console.WriteLine($"Wrote {output} ({zip.Length} bytes). Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    private static async Task<int> IconsAsync(CliArgs parsed)
    {
        var folder = Path.GetFullPath(parsed.Get("out") ?? ".");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, TeamsAppPackage.ColorName), TeamsIcons.ColorPng());
        await File.WriteAllBytesAsync(Path.Combine(folder, TeamsAppPackage.OutlineName), TeamsIcons.OutlinePng());
        Console.WriteLine($"Wrote {TeamsAppPackage.ColorName} ({TeamsIcons.ColorSize}x{TeamsIcons.ColorSize}) and {TeamsAppPackage.OutlineName} ({TeamsIcons.OutlineSize}x{TeamsIcons.OutlineSize}) to {folder}.");
        return 0;
    }
}
