namespace CareerBot.Bot.Cli;

internal static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await Console.Error.WriteLineAsync("'chat' is not built yet.");
        return 2;
    }
}
