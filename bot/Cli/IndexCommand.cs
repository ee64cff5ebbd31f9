namespace CareerBot.Bot.Cli;

internal static class IndexCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await Console.Error.WriteLineAsync("'index' is not built yet.");
        return 2;
    }
}
