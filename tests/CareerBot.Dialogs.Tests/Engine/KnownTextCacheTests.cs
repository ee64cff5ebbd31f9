using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>
/// The remembered normal forms of the bot's own words: the same answer as working them out, at most Capacity kept,
/// safe from many threads; and message formatting from pairs gives what the dictionary gave.
/// </summary>
public sealed class KnownTextCacheTests
{
    [Fact]
    public void Get_AskedTwice_GivesTheWorkedOutText_AndWorksItOutOnce()
    {
        var calls = 0;
        var cache = new KnownTextCache(t => { calls++; return t.ToUpperInvariant(); });

        Assert.Equal("CARE", cache.Get("care"));
        Assert.Equal("CARE", cache.Get("care"));
        Assert.Equal(1, calls);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_PastCapacity_KeepsNoMore_AndStaysRight()
    {
        var cache = new KnownTextCache(t => t + "!", capacity: 10);

        for (var i = 0; i < 100; i++) Assert.Equal(i + "!", cache.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < 100; i++) Assert.Equal(i + "!", cache.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(cache.Count <= 10 + Environment.ProcessorCount, $"{cache.Count} kept");
    }

    [Fact]
    public void Get_ManyThreads_AllAgree()
    {
        var cache = new KnownTextCache(t => new string(t.Reverse().ToArray()), capacity: 50);
        var words = Enumerable.Range(0, 200).Select(i => "word" + i).ToArray();

        Parallel.For(0, 8, _ =>
        {
            foreach (var w in words) Assert.Equal(new string(w.Reverse().ToArray()), cache.Get(w));
        });

        Assert.True(cache.Count <= 50 + 8, $"{cache.Count} kept");
    }

    public static TheoryData<string?> Texts => new()
    {
        null!, "", "  ", "Part-time!", "Full-time", "I don't mind", "Caring for people", "Up to 10 miles", "NHS & care",
        "café", "\uD83D\uDE00 smile", "\uD800 broken", "Level 3 or higher", "school hours",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void NormaliseKnown_IsNormalise(string? text)
    {
        Assert.Equal(PromptWords.Normalise(text), PromptWords.NormaliseKnown(text));
        Assert.Equal(PromptWords.Normalise(text), PromptWords.NormaliseKnown(text));
    }

    [Fact]
    public void NormaliseKnown_EveryButtonOfEveryQuestion_IsNormalise()
    {
        var q = new Questions(MessageCatalogue.Default);
        PromptSpec[] specs =
        [
            q.Interest(0), q.Interest(1), q.LikesPeople(), q.WorkStyle(), q.HappyWithIllPeople(), q.Qualifications(), q.GcseGrade(),
            q.CourseLevel(), q.OverseasDegree(), q.Hours(), q.Times(), q.Start(), q.Place(), q.Miles(), q.ResultsMenu(), q.ChangeWhich(),
        ];
        foreach (var choice in specs.SelectMany(s => s.Choices))
            foreach (var text in (choice.Synonyms ?? []).Append(choice.Label).Append(choice.Value))
                Assert.Equal(PromptWords.Normalise(text), PromptWords.NormaliseKnown(text));
    }

    [Fact]
    public void Format_WithPairs_IsFormatWithTheDictionary()
    {
        var messages = MessageCatalogue.Parse("two = {a} and {b}\nnone = plain text\nrepeat = {a}{a}");
        (string, string)[][] cases =
        [
            [("a", "1"), ("b", "2")],
            [("b", "{a}"), ("a", "x")], // a value holding another name is replaced again, in order
            [("a", "{b}"), ("b", "y")],
            [],
            [("c", "unused")],
        ];
        foreach (var key in new[] { "two", "none", "repeat" })
            foreach (var args in cases)
                Assert.Equal(messages.Format(key, args.ToDictionary(a => a.Item1, a => a.Item2)), messages.Format(key, args));
    }
}
