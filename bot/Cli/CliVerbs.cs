namespace CareerBot.Bot.Cli;

/// <summary>The command-line verbs of the bot program. Each returns the process exit code.</summary>
internal static class CliVerbs
{
    public static Func<string[], Task<int>>? Find(string[] args) =>
        args.Length == 0 ? null : args[0] switch
        {
            "chat" => ChatCommand.RunAsync,
            "index" => IndexCommand.RunAsync,
            "search" => SearchCommand.RunAsync,
            "teams" => TeamsCommand.RunAsync,
            _ => null,
        };
}
