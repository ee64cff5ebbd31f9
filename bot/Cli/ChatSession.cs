using System.Globalization;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Cli;

/// <summary>
/// One terminal conversation with the engine: reads the adviser's lines, prints the bot's replies with
/// result cards and buttons as numbered options, keeps the dialog state in memory. The dialogs take a
/// bare number as the button of that number, so what is typed goes to the engine unchanged.
/// </summary>
internal sealed class ChatSession(IConversationEngine engine, TimeProvider time)
{
    public const string QuitCommand = "/quit";

    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var conversationId = "chat-" + Guid.NewGuid().ToString("N")[..8];
        await output.WriteLineAsync($"CareerBot chat. Type your answers, or a number for a button. {QuitCommand} leaves.");

        // Opening the chat is the conversation's start, as when a channel says the resident joined.
        var state = await TurnAsync(conversationId, "", null, isStart: true, output, cancellationToken);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.Equals(line.Trim(), QuitCommand, StringComparison.OrdinalIgnoreCase)) break;
            if (line.Trim().Length == 0) continue;
            state = await TurnAsync(conversationId, line, state, isStart: false, output, cancellationToken);
        }
        await output.WriteLineAsync("Bye.");
    }

    private async Task<DialogSnapshot?> TurnAsync(string conversationId, string text, DialogSnapshot? state, bool isStart,
        TextWriter output, CancellationToken cancellationToken)
    {
        var outcome = await engine.RunTurnAsync(new Turn
        {
            Text = text,
            LocalTime = time.GetLocalNow(),
            Channel = ChannelKind.Test,
            // Buttons print as "  1) Label" (see Format).
            ChoicesNumbered = true,
            ConversationId = conversationId,
            IsConversationStart = isStart || state is null,
        }, state, cancellationToken);
        foreach (var reply in outcome.Replies)
            await output.WriteAsync(Format(reply));
        if (outcome.Action == ConversationAction.ForgetMe)
            await output.WriteLineAsync("(The conversation's answers are deleted.)");
        return outcome.State;
    }

    /// <summary>"Bot: text", then each card ("1. Title", its lines indented), then the buttons as "  1) Label".</summary>
    public static string Format(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var lines = reply.Text.Split('\n');
        writer.WriteLine("Bot: " + lines[0]);
        foreach (var line in lines.Skip(1)) writer.WriteLine("     " + line);
        for (var i = 0; i < reply.Cards.Count; i++)
        {
            var card = reply.Cards[i];
            writer.WriteLine($"     {i + 1}. {card.Title}{(card.Subtitle is { Length: > 0 } s ? " - " + s : "")}");
            foreach (var line in card.Lines) writer.WriteLine("        " + line);
        }
        for (var i = 0; i < reply.Choices.Count; i++)
            writer.WriteLine($"  {i + 1}) {reply.Choices[i].Label}");
        return writer.ToString();
    }
}
