using System.Text.RegularExpressions;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed partial class MessageCatalogueTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerBot.sln not found");
    }

    [GeneratedRegex(@"""((?:greet|ask|retry|giveup|interest|notsure|quals|button|place|results|card|explain|details|courses|course|help|back|restart|stop|goodbye|thanks|forget|confirm|unknown|error|glossary|describe|faq)(?:\.[a-z0-9_]+)*)""")]
    private static partial Regex KeyLiteral();

    [Fact]
    public void Catalogue_EveryKeyWrittenInTheDialogs_Exists()
    {
        var files = Directory.GetFiles(Path.Combine(Root(), "dialogs"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var keys = files.SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => k.Contains('.', StringComparison.Ordinal) && !k.EndsWith('.'))
            // Keys built from a prefix ("button.interest." + key, "explain." + term) are checked below.
            .Distinct().ToList();
        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !MessageCatalogue.Default.Contains(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Catalogue_BuiltKeys_Exist()
    {
        var catalogue = MessageCatalogue.Default;
        foreach (var kind in InterestKinds.All)
        {
            Assert.True(catalogue.Contains(kind.ButtonKey), kind.ButtonKey);
            Assert.True(catalogue.Contains(kind.NameKey), kind.NameKey);
        }
        foreach (var key in Glossary.MessageKeys) Assert.True(catalogue.Contains(key), key);
        foreach (var key in CommonQuestions.MessageKeys) Assert.True(catalogue.Contains(key), key);
        foreach (var key in Distress.MessageKeys) Assert.True(catalogue.Contains(key), key);
        foreach (var key in PersonalDetails.MessageKeys) Assert.True(catalogue.Contains(key), key);
        foreach (var term in new[] { "band", "dbs", "apprenticeship" }) Assert.True(catalogue.Contains("explain." + term), term);
    }

    [Fact]
    public void Catalogue_EveryMessage_ShortSentencesFewWordsOneQuestion()
    {
        var catalogue = MessageCatalogue.Default;
        foreach (var key in catalogue.Keys)
        {
            var text = Placeholder().Replace(catalogue.Get(key), "Dudley");
            var sentences = SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            foreach (var sentence in sentences)
                Assert.True(Words(sentence) <= 15, $"{key}: sentence over 15 words: {sentence}");
            Assert.True(Words(text) <= 50, $"{key}: over 50 words");
            Assert.True(text.Count(c => c == '?') <= 1, $"{key}: more than one question");
        }
    }

    /// <summary>
    /// Where choices come as a numbered list (SMS, the terminal chat) there are no buttons to press: every message
    /// that speaks of a button has a ".numbered" variant that speaks of numbers instead, and the numbered view of
    /// the catalogue gives that variant under the message's own key.
    /// </summary>
    [Fact]
    public void Numbered_EveryMessageAboutButtons_HasAVariantWithoutThem()
    {
        var catalogue = MessageCatalogue.Default;
        var aboutButtons = catalogue.Keys.Where(k => !k.StartsWith("button.", StringComparison.Ordinal) && ButtonWords().IsMatch(catalogue.Get(k))).ToList();
        Assert.NotEmpty(aboutButtons);
        foreach (var key in aboutButtons.Where(k => !k.EndsWith(MessageCatalogue.NumberedSuffix, StringComparison.Ordinal)))
        {
            Assert.True(catalogue.Contains(key + MessageCatalogue.NumberedSuffix), $"{key} speaks of buttons and has no numbered variant: {catalogue.Get(key)}");
            var numbered = catalogue.Numbered.Get(key);
            Assert.DoesNotMatch(ButtonWords(), numbered);
            Assert.Equal(catalogue.Get(key + MessageCatalogue.NumberedSuffix), numbered);
        }
        foreach (var key in catalogue.Keys.Where(k => k.EndsWith(MessageCatalogue.NumberedSuffix, StringComparison.Ordinal)))
        {
            Assert.True(catalogue.Contains(key[..^MessageCatalogue.NumberedSuffix.Length]), $"{key} is a variant of no message");
            Assert.DoesNotMatch(ButtonWords(), catalogue.Get(key));
        }
        // Messages with nothing about buttons are the same in both views.
        Assert.Equal(catalogue.Get("ask.interest"), catalogue.Numbered.Get("ask.interest"));
        Assert.Equal(catalogue.Keys.Count, catalogue.Numbered.Keys.Count);
    }

    [GeneratedRegex(@"\b(button|buttons|press|pressing|click|tap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonWords();

    [Fact]
    public void Parse_DuplicateKey_Fails() =>
        Assert.Throws<FormatException>(() => MessageCatalogue.Parse("a.b = One.\na.b = Two."));

    [Fact]
    public void Format_Placeholders_AreFilled() =>
        Assert.Equal("Thank you. I will look near Dudley.",
            MessageCatalogue.Default.Format("place.noted", new Dictionary<string, string> { ["place"] = "Dudley" }));

    private static int Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceEnd();
}
