using System.Text;
using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>chat [--index PATH] [--data DIR]</c>: talk to the bot in the terminal, for advisers without the
/// Emulator. Runs the same conversation engine and catalogue as the server, in-process; buttons are
/// shown as numbered options (type the number or the words). <c>/quit</c> or Ctrl+D leaves.
/// </summary>
internal static class ChatCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["index", "data"];
    private const string Usage = "Usage: chat [--index PATH] [--data DIR]\n" +
        "Talk to the bot in this terminal. Type the number of a button or your own words; /quit or Ctrl+D leaves.";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CliArgs.Parse(args.Skip(1), Flags, Valued);
        if (parsed.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (parsed.Errors.Count > 0 || parsed.Words.Count > 0)
        {
            foreach (var e in parsed.Errors) await Console.Error.WriteLineAsync(e);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        using var manager = await CliCatalogue.OpenAsync(parsed);
        if (manager is null) return 1;

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.OutputEncoding = Encoding.UTF8;
        var engine = new ConversationEngine(new CatalogueSearch(manager.Holder), manager.LoadData().Places);
        try
        {
            await new ChatSession(engine, TimeProvider.System).RunAsync(Console.In, Console.Out, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: leave quietly.
        }
        return 0;
    }
}
