using System.Net;
using System.Text;
using CareerBot.Bot.Tests.Protocol;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>
/// The bodies the fuzz test found that made a turn fail with 500, kept as plain cases: each now gets a normal
/// answer (the turn runs without the broken part) and the bot still asks its question.
/// </summary>
public sealed class FuzzFindingsTests : BotAndSinkTests
{
    private async Task<HttpStatusCode> PostBytesAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await BotHost.Http.PostAsync("api/messages", content, Ct);
        return response.StatusCode;
    }

    private string Message(string conversation, string id, string valueJson) =>
        $$"""{"type":"message","id":"{{id}}","serviceUrl":"{{Sink.ServiceUrl}}","channelId":"emulator","from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"{{conversation}}"},"locale":"en-GB","value":{{valueJson}}}""";

    [Fact]
    public async Task CardValue_LoneSurrogateEscape_AnsweredWithAQuestion()
    {
        var id = "lone-" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(Encoding.UTF8.GetBytes(Message(id, id, """{"text":"nurse\udc00"}"""))));
        await Sink.WaitForQuestionAsync(id, Ct);
    }

    [Fact]
    public async Task CardValue_BytesThatAreNotUtf8_AnsweredWithAQuestion()
    {
        var id = "utf8-" + Guid.NewGuid().ToString("N");
        var json = Encoding.UTF8.GetBytes(Message(id, id, """{"text":"nurseXX"}"""));
        var at = Array.IndexOf(json, (byte)'X');
        json[at] = 0xC0; // an overlong lead byte, then an ASCII byte: never valid UTF-8
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(json));
        await Sink.WaitForQuestionAsync(id, Ct);
    }

    [Fact]
    public async Task ConversationUpdate_NullInMembersAdded_GreetsTheUser()
    {
        var id = "members-" + Guid.NewGuid().ToString("N");
        var body = $$"""{"type":"conversationUpdate","id":"{{id}}","serviceUrl":"{{Sink.ServiceUrl}}","channelId":"emulator","from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"{{id}}"},"membersAdded":[null,{"id":"u1"},{"id":"bot"}]}""";
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(Encoding.UTF8.GetBytes(body)));
        await Sink.WaitForQuestionAsync(id, Ct);
    }

    [Fact]
    public async Task Teams_NullInMembersAdded_NotAServerError()
    {
        var id = "teams-" + Guid.NewGuid().ToString("N");
        var body = $$"""{"type":"conversationUpdate","id":"{{id}}","serviceUrl":"{{Sink.ServiceUrl}}","channelId":"msteams","from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"{{id}}"},"membersAdded":[null,{"id":"bot"}]}""";
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task Answer_ANumberTooBigForAnInt_AskedAgainNotAFailure()
    {
        var id = "number-" + Guid.NewGuid().ToString("N");
        string Body(string activityId, string text) =>
            $$"""{"type":"message","id":"{{activityId}}","serviceUrl":"{{Sink.ServiceUrl}}","channelId":"emulator","from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"{{id}}"},"locale":"en-GB","text":"{{text}}"}""";
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(Encoding.UTF8.GetBytes(Body(id + "-1", "hi"))));
        await Sink.WaitForQuestionAsync(id + "-1", Ct);
        Assert.Equal(HttpStatusCode.OK, await PostBytesAsync(Encoding.UTF8.GetBytes(Body(id + "-2", "99999999999999999999"))));
        var posts = await Sink.WaitForQuestionAsync(id + "-2", Ct);
        // The same question again (the number is not one of the choices), not the apology for a failed turn.
        Assert.DoesNotContain(posts, p => p.ReplyToId == id + "-2" && p.Activity.Text == MessageCatalogue.Default.Get(MessageKeys.ErrorSorry));
    }
}
