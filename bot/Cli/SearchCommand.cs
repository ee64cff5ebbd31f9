namespace CareerBot.Bot.Cli;

internal static class SearchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await Console.Error.WriteLineAsync("'search' is not built yet.");
        return 2;
    }
}
