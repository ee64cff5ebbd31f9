using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.Search;

/// <summary>The `index` and `search` verbs, run as a real process of the built bot.</summary>
public sealed class SearchCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-cli-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static async Task<(int Code, string Out, string Err)> RunBotAsync(CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerBot.Bot.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Theory]
    [InlineData("chat", "--help")]
    [InlineData("index", "-h")]
    [InlineData("teams", "--help")]
    [InlineData("search", "-h")]
    public async Task Verb_AskedForHelp_PrintsItsUsageAndDoesNothingElse(string verb, string help)
    {
        var ct = TestContext.Current.CancellationToken;

        var (code, output, error) = await RunBotAsync(ct, verb, help);

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: " + verb + " ", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task IndexBuild_ValidData_WritesIndexAndShowsProgress()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "catalogue.db");

        var (code, output, error) = await RunBotAsync(ct, "index", "build", "--index", path);

        Assert.Equal(0, code);
        Assert.True(File.Exists(path));
        Assert.Contains("Data is valid", error, StringComparison.Ordinal);
        Assert.Contains("roles", error, StringComparison.Ordinal);
        Assert.Contains("Built", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexBuild_BadData_ListsProblemAndBuildsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        foreach (var (name, bytes) in SearchIndex.Catalogue.CatalogueData.ReadEmbeddedFiles())
            await File.WriteAllBytesAsync(Path.Combine(data, name), bytes!, ct);
        var roles = await File.ReadAllTextAsync(Path.Combine(data, "roles.json"), ct);
        await File.WriteAllTextAsync(Path.Combine(data, "roles.json"), roles.Replace("\"minQualificationLevel\": 0", "\"minQualificationLevel\": 12", StringComparison.Ordinal), ct);
        var path = Path.Combine(_folder, "bad.db");

        var (code, _, error) = await RunBotAsync(ct, "index", "build", "--data", data, "--index", path);

        Assert.Equal(1, code);
        Assert.False(File.Exists(path));
        Assert.Contains("roles.json: record 0 ('porter'): field 'minQualificationLevel'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Days_ReadAsTheDialogsReadThemAndChecked()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "catalogue.db");

        var (code, output, _) = await RunBotAsync(ct, "search", "hospital porter", "--days", "only tues and thurs", "--index", path);
        var (bad, _, error) = await RunBotAsync(ct, "search", "hospital porter", "--days", "purple", "--index", path);
        var (help, usage, _) = await RunBotAsync(ct, "search", "--help");

        Assert.Equal(0, code);
        Assert.Contains("only on Tuesday and Thursday", output, StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.Contains("--days", error, StringComparison.Ordinal);
        Assert.Equal(0, help);
        Assert.Contains("--days", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_PrintsOneArrayBestFirstWithRequiredFields()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "catalogue.db");

        var (code, output, _) = await RunBotAsync(ct, "search", "hospital porter nights", "--level", "0", "--json", "--index", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal("porter", items[0].GetProperty("id").GetString());
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(items, i =>
        {
            Assert.Contains(i.GetProperty("kind").GetString(), new[] { "role", "course" });
            Assert.False(string.IsNullOrEmpty(i.GetProperty("title").GetString()));
            Assert.Equal(JsonValueKind.Array, i.GetProperty("why").ValueKind);
        });
    }

    [Fact]
    public async Task Search_NearPlaceAndHours_ExplainsTravelAndHours()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "catalogue.db");

        var (code, output, _) = await RunBotAsync(ct, "search", "cleaner", "--hours", "16", "--near", "Brum", "--miles", "5", "--json", "--index", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var top = json.RootElement[0];
        var why = top.GetProperty("why").EnumerateArray().Select(w => w.GetProperty("kind").GetString()).ToList();
        Assert.Contains("hours", why);
        Assert.Contains("travel", why);
    }

    [Fact]
    public async Task Search_HoursTheRoleDoesNotOffer_SaysSoAndNeverThatTheyMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "catalogue.db");

        var (code, output, _) = await RunBotAsync(ct, "search", "caretaker", "--hours", "16", "--json", "--index", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var caretaker = json.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "caretaker");
        var hours = caretaker.GetProperty("why").EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "hours").ToList();
        var only = Assert.Single(hours);
        Assert.Equal("part-time", only.GetProperty("answer").GetString());
        Assert.Equal("hours missing", only.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("--level", "nine")]
    [InlineData("--miles", "5")]
    [InlineData("--colour", "red")]
    public async Task Search_BadOption_ExitsWithUsage(string option, string value)
    {
        var (code, _, error) = await RunBotAsync(TestContext.Current.CancellationToken, "search", "porter", option, value, "--index", Path.Combine(_folder, "x.db"));

        Assert.Equal(2, code);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FtsSyntaxAndEmoji_DoesNotCrash()
    {
        var (code, output, _) = await RunBotAsync(TestContext.Current.CancellationToken,
            "search", "porter\" NEAR( * AND 🧹", "--json", "--index", Path.Combine(_folder, "catalogue.db"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }
}
