using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What the bot makes of a first message's words, on the real dialogs and catalogue. Each case says, split by ";":
/// <c>said=W</c> the bot says back "W" jobs; <c>no=W</c> the word W is never said back in quotes (and not searched);
/// <c>pay=P</c> "pay P or more" is said; <c>goodpay</c> better pay first is said; <c>for=WHO</c> the work is for
/// "your WHO"; <c>asked</c> the work question comes again; <c>top~A</c> a title in the first three results holds A;
/// <c>nonereach</c> the bot says no job shown pays the sum; <c>card~T</c> a card's lines hold T.
/// </summary>
internal static partial class WishWordsCheck
{
    public static async Task RunAsync(RealCatalogueFixture real, string text, string expect)
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(text);
        var first = talk.AllText;
        var dump = $"'{text}' -> {expect}\n{first}";
        var quoted = Quoted().Matches(first).Select(m => " " + m.Groups[1].Value.ToLowerInvariant() + " ").ToList();
        var finish = expect.Split(';').Any(p => p.StartsWith("top~", StringComparison.Ordinal) || p.StartsWith("card~", StringComparison.Ordinal) || p == "nonereach");
        foreach (var part in expect.Split(';'))
        {
            var (name, value) = part.Contains('=') ? (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]) : (part, "");
            switch (name)
            {
                case "said":
                    Assert.True(first.Contains($"I will look for \"{value}\" jobs", StringComparison.Ordinal), dump);
                    break;
                case "no":
                    Assert.False(quoted.Any(q => q.Contains(" " + value + " ", StringComparison.Ordinal)), dump);
                    Assert.False(search.Profiles.Any(p => (" " + p.Text + " ").Contains(" " + value + " ", StringComparison.OrdinalIgnoreCase)), dump);
                    break;
                case "pay":
                    Assert.True(first.Contains($"pay {value} or more", StringComparison.Ordinal), dump);
                    break;
                case "goodpay":
                    Assert.True(first.Contains("better pay first", StringComparison.Ordinal), dump);
                    break;
                case "for":
                    Assert.True(first.Contains($"work for your {value}", StringComparison.Ordinal), dump);
                    break;
                case "asked":
                    Assert.True(talk.Last.Replies[^1].Choices.Any(c => c.Label == "Caring for people"), dump);
                    break;
            }
        }
        if (!finish) return;
        if (talk.LastText != "What qualifications do you have?") await talk.SayAsync("cleaning");
        await talk.SayAllAsync("None", "Full-time", "Days", "Now", "skip");
        var all = talk.AllText;
        var titles = talk.Last.Replies.SelectMany(r => r.Cards).Select(c => c.Title).Take(3).ToList();
        dump += $"\n...\n{all}\ntitles: {string.Join(" | ", titles)}";
        foreach (var part in expect.Split(';'))
        {
            if (part.StartsWith("top~", StringComparison.Ordinal))
                Assert.True(titles.Any(t => part[4..].Split('|').Any(e => t.Contains(e, StringComparison.OrdinalIgnoreCase))), dump);
            else if (part.StartsWith("card~", StringComparison.Ordinal))
                Assert.Contains(part[5..], string.Join("\n", talk.Last.Replies.SelectMany(r => r.Cards).SelectMany(c => c.Lines)), StringComparison.Ordinal);
            else if (part == "nonereach")
                Assert.True(all.Contains("No job here pays", StringComparison.Ordinal), dump);
        }
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();
}
