using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Conversation;

/// <summary>
/// Renders replies per channel. Rich channels get suggested actions (messageBack: the label shows, the value is sent) and hero cards (a carousel
/// for several); Teams gets at most 3 buttons per card; SMS gets plain numbered text in parts under
/// 160 characters where possible, with no card markup.
/// </summary>
internal sealed class ChannelReplyRenderer : IReplyRenderer
{
    public const int SmsPartLength = 160;
    public const int TeamsMaxButtons = 3;
    private const string HeroCard = "application/vnd.microsoft.card.hero";

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, string channelId)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var channel = (channelId ?? "").Trim().ToLowerInvariant();
        if (channel == SmsChannel) return Sms(replies);
        var activities = new List<Activity>();
        foreach (var reply in replies)
        {
            // Only the numbered text of SMS numbers the choices (see NumbersChoices).
            activities.AddRange(channel switch
            {
                "msteams" => Teams(reply),
                _ => Rich(reply),
            });
        }
        return activities;
    }

    /// <summary>SMS shows a question's choices as a numbered list; the other channels show buttons without numbers.</summary>
    public bool NumbersChoices(string channelId) => (channelId ?? "").Trim().Equals(SmsChannel, StringComparison.OrdinalIgnoreCase);

    private const string SmsChannel = "sms";

    private static string Hint(Reply reply) => reply.ExpectsInput ? InputHints.ExpectingInput : InputHints.AcceptingInput;

    private static IEnumerable<Activity> Rich(Reply reply)
    {
        yield return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            InputHint = Hint(reply),
            SuggestedActions = reply.Choices.Count > 0 ? new SuggestedActions { Actions = reply.Choices.Select(Press).ToList() } : null,
            Attachments = reply.Cards.Count > 0 ? reply.Cards.Select(c => Hero(c, int.MaxValue)).ToList() : null,
            AttachmentLayout = reply.Cards.Count > 1 ? "carousel" : null,
        };
    }

    private static IEnumerable<Activity> Teams(Reply reply)
    {
        // Teams shows only the first 3 suggested actions and up to 3 buttons per card:
        // more than 3 choices go into cards of 3 buttons each, so none is lost.
        var attachments = reply.Cards.Select(c => Hero(c, TeamsMaxButtons)).ToList();
        SuggestedActions? suggested = null;
        if (reply.Choices.Count is > 0 and <= TeamsMaxButtons)
            suggested = new SuggestedActions { Actions = reply.Choices.Select(ImBack).ToList() };
        else if (reply.Choices.Count > TeamsMaxButtons)
        {
            // Even cards (4 -> 2 + 2, 5 -> 3 + 2), so no button sits alone.
            var cards = (reply.Choices.Count + TeamsMaxButtons - 1) / TeamsMaxButtons;
            var size = (reply.Choices.Count + cards - 1) / cards;
            attachments.AddRange(reply.Choices.Chunk(size).Select(chunk => Hero(new ReplyCard { Title = "", Buttons = chunk }, TeamsMaxButtons)));
        }
        yield return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            InputHint = Hint(reply),
            SuggestedActions = suggested,
            Attachments = attachments.Count > 0 ? attachments : null,
            AttachmentLayout = reply.Cards.Count > 1 ? "carousel" : null,
        };
    }

    /// <summary>
    /// A turn's replies as texts: each reply in parts (<see cref="SmsParts"/>), then short parts of one reply or of
    /// replies in a row travel together in one text while it stays within <see cref="SmsPartLength"/>, so a greeting
    /// or help is two or three texts, not five (texts cost, and separate texts can arrive out of order). A job's card
    /// keeps texts of its own, and a text asks at most one question. The last text carries the last reply's input hint.
    /// </summary>
    private static List<Activity> Sms(IReadOnlyList<Reply> replies)
    {
        var texts = new List<SmsPart>();
        foreach (var reply in replies)
        {
            foreach (var part in SmsParts(reply))
            {
                if (texts.Count > 0 && texts[^1] is { Card: false } last && !part.Card
                    && last.Text.Length + 1 + part.Text.Length <= SmsPartLength
                    && !(last.Text.Contains('?', StringComparison.Ordinal) && part.Text.Contains('?', StringComparison.Ordinal)))
                    texts[^1] = part with { Text = last.Text + "\n" + part.Text };
                else
                    texts.Add(part);
            }
        }
        return texts.Select((t, i) => new Activity
        {
            Type = ActivityTypes.Message,
            Text = t.Text,
            InputHint = i == texts.Count - 1 ? t.Hint : InputHints.AcceptingInput,
        }).ToList();
    }

    /// <param name="Text">At most <see cref="SmsPartLength"/> characters.</param>
    /// <param name="Card">Part of a job's or course's card: never shares a text with other replies' parts.</param>
    /// <param name="Hint">The input hint if this part ends the turn.</param>
    private sealed record SmsPart(string Text, bool Card, string Hint);

    private static IEnumerable<SmsPart> SmsParts(Reply reply)
    {
        var blocks = new List<(string Text, bool Card)>();
        var text = reply.Text.Trim();
        var question = "";
        if (reply.Choices.Count > 0)
        {
            // The question travels with its numbered options, so the part that asks is the last one; a reply that
            // is only the question has no text before the list (else that text could join the texts before it).
            var sentences = Sentences(text.Replace('\n', ' ')).ToList();
            if (sentences.Count > 0 && sentences[^1].EndsWith('?'))
            {
                question = sentences[^1];
                text = text[..text.LastIndexOf(question, StringComparison.Ordinal)].TrimEnd();
            }
        }
        blocks.Add((text, false));
        for (var i = 0; i < reply.Cards.Count; i++)
        {
            var card = reply.Cards[i];
            var block = new StringBuilder();
            block.Append(reply.Cards.Count > 1 ? $"{i + 1}. {card.Title}" : card.Title);
            foreach (var line in card.Lines) block.Append('\n').Append(line);
            blocks.Add((block.ToString(), true));
        }
        if (reply.Choices.Count > 0)
        {
            var list = new StringBuilder();
            if (question.Length > 0) list.Append(question).Append('\n');
            for (var i = 0; i < reply.Choices.Count; i++)
                list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {reply.Choices[i].Label}\n");
            list.Append("Reply ").Append(NumberList(reply.Choices.Count)).Append('.');
            blocks.Add((list.ToString(), false));
        }

        var hint = Hint(reply);
        foreach (var (block, card) in blocks.Where(b => b.Text.Length > 0))
        {
            foreach (var part in Split(block, SmsPartLength)) yield return new SmsPart(part, card, hint);
        }
    }

    /// <summary>"1 or 2", "1, 2 or 3".</summary>
    public static string NumberList(int count) => count switch
    {
        <= 1 => "1",
        2 => "1 or 2",
        _ => string.Join(", ", Enumerable.Range(1, count - 1)) + " or " + count.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Splits text into parts of at most <paramref name="max"/> characters: at line breaks, then sentence ends, then spaces.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Pieces(text, max))
        {
            var sep = current.Length == 0 ? "" : piece.NewLine ? "\n" : " ";
            if (current.Length > 0 && current.Length + sep.Length + piece.Text.Length > max)
            {
                parts.Add(current.ToString());
                current.Clear();
                sep = "";
            }
            current.Append(sep).Append(piece.Text);
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }

    private static IEnumerable<(string Text, bool NewLine)> Pieces(string text, int max)
    {
        foreach (var line in text.Split('\n'))
        {
            var first = true;
            foreach (var sentence in Sentences(line))
            {
                if (sentence.Length <= max)
                {
                    yield return (sentence, first);
                }
                else
                {
                    var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var chunk = new StringBuilder();
                    foreach (var word in words)
                    {
                        if (chunk.Length > 0 && chunk.Length + 1 + word.Length > max)
                        {
                            yield return (chunk.ToString(), first);
                            first = false;
                            chunk.Clear();
                        }
                        if (chunk.Length > 0) chunk.Append(' ');
                        chunk.Append(word.Length > max ? word[..max] : word);
                    }
                    if (chunk.Length > 0) yield return (chunk.ToString(), first);
                }
                first = false;
            }
        }
    }

    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                var s = line[start..(i + 1)].Trim();
                if (s.Length > 0) yield return s;
                start = i + 1;
            }
        }
        var rest = line[start..].Trim();
        if (rest.Length > 0) yield return rest;
    }

    private static CardAction ImBack(Choice choice) => new()
    {
        Type = "imBack",
        Title = choice.Label,
        Value = JsonSerializer.SerializeToElement(choice.Value, BotJson.Options),
    };

    /// <summary>
    /// A button that sends the choice's value but shows its label as the resident's own message
    /// (messageBack with displayText), so the chat reads "Caring for people", not "care".
    /// Teams suggested actions take imBack only, so they keep <see cref="ImBack"/>.
    /// </summary>
    private static CardAction Press(Choice choice) => choice.Label == choice.Value
        ? ImBack(choice)
        : new CardAction { Type = "messageBack", Title = choice.Label, Text = choice.Value, DisplayText = choice.Label };

    private static Attachment Hero(ReplyCard card, int maxButtons)
    {
        var content = new Dictionary<string, object?>();
        if (card.Title.Length > 0) content["title"] = card.Title;
        if (card.Subtitle is { Length: > 0 } subtitle) content["subtitle"] = subtitle;
        if (card.Lines.Count > 0) content["text"] = string.Join("\n\n", card.Lines);
        content["buttons"] = card.Buttons.Take(maxButtons).Select(Press).ToList();
        return new Attachment { ContentType = HeroCard, Content = JsonSerializer.SerializeToElement(content, BotJson.Options) };
    }
}
