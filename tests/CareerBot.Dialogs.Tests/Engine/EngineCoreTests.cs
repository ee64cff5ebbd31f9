using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>The dialog engine on its own: a two-question waterfall and a scripted recogniser.</summary>
public sealed class EngineCoreTests
{
    /// <summary>"20" is sure; "about twenty" is unsure (confirm); "yes"/"no" answer confirmations; anything else is a miss.</summary>
    private sealed class ScriptedRecognizer : IPromptRecognizer
    {
        public Task<PromptRecognition> RecogniseAsync(PromptSpec spec, Turn turn, DialogState state, CancellationToken cancellationToken) =>
            Task.FromResult(spec.Kind switch
            {
                PromptKind.YesNo when turn.Text is "yes" or "no" => PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.YesNo, YesNo = turn.Text == "yes" }),
                PromptKind.Number when turn.Text == "20" => PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Number, Number = new(20, 20) }),
                PromptKind.Number when turn.Text == "about twenty" => PromptRecognition.Unsure(new PromptAnswer { Kind = PromptKind.Number, Number = new(20, 20, true) }, "20"),
                PromptKind.Text => PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Text, Text = turn.Text }),
                _ => PromptRecognition.None,
            });
    }

    private static readonly PromptSpec AskNumber = new()
    {
        Kind = PromptKind.Number, Step = "hours", MessageKey = "ask.hours", RetryKey = "retry.hours", GiveUpKey = "giveup.hours", MaxAttempts = 2,
    };

    private static readonly PromptSpec AskText = new() { Kind = PromptKind.Text, Step = "place", MessageKey = "ask.place" };

    /// <summary>Asks a number, then a text; ends with the text answer and remembers the number in the state.</summary>
    private static DialogSet Dialogs(List<PromptAnswer?> seen) => new DialogSet()
        .Add(new PromptDialog(new ScriptedRecognizer()))
        .Add(new WaterfallDialog("two", [
            (step, ct) => step.PromptAsync(AskNumber, ct),
            (step, ct) => { seen.Add(step.Result); return step.PromptAsync(AskText, ct); },
            (step, ct) => { seen.Add(step.Result); return step.EndAsync(ct, step.Result); },
        ]));

    private static async Task<(DialogState State, DialogContext Dc, DialogTurnResult Result)> TurnAsync(
        DialogSet dialogs, DialogState? state, string text)
    {
        // Every turn goes through JSON, as between turns in the host.
        var loaded = state is null ? new DialogState() : DialogStateSerializer.Read(DialogSnapshotTests.Stored(DialogStateSerializer.Write(state)))!;
        var dc = new DialogContext(dialogs, loaded, new Turn { Text = text, LocalTime = DateTimeOffset.UnixEpoch, Channel = ChannelKind.Test, ConversationId = "c" }, MessageCatalogue.Default);
        var result = loaded.Stack.Count == 0
            ? await dc.BeginDialogAsync("two", TestContext.Current.CancellationToken)
            : await dc.ContinueDialogAsync(TestContext.Current.CancellationToken);
        return (loaded, dc, result);
    }

    [Fact]
    public async Task Waterfall_SureAnswer_PassesTypedResultToNextStep()
    {
        var seen = new List<PromptAnswer?>();
        var dialogs = Dialogs(seen);
        var (state, dc, result) = await TurnAsync(dialogs, null, "");
        Assert.Equal(DialogStatus.Waiting, result.Status);
        Assert.True(dc.Replies[^1].ExpectsInput);
        Assert.Equal(2, state.Stack.Count);

        (state, _, _) = await TurnAsync(dialogs, state, "20");
        Assert.Equal(20m, seen.Single()!.Number!.Min);
        (_, _, result) = await TurnAsync(dialogs, state, "Dudley");
        Assert.Equal(DialogStatus.Complete, result.Status);
        Assert.Equal("Dudley", result.Result!.Text);
    }

    [Fact]
    public async Task Prompt_UnsureAnswer_AsksToConfirmAndYesAccepts()
    {
        var seen = new List<PromptAnswer?>();
        var dialogs = Dialogs(seen);
        var (state, _, _) = await TurnAsync(dialogs, null, "");
        (state, var dc, _) = await TurnAsync(dialogs, state, "about twenty");
        Assert.Equal("Did you mean: 20?", dc.Replies.Single().Text);
        Assert.Equal(["yes", "no"], dc.Replies.Single().Choices.Select(c => c.Value));
        Assert.NotNull(state.Stack[^1].Pending);

        (_, dc, _) = await TurnAsync(dialogs, state, "yes");
        Assert.True(seen.Single()!.Number!.Approximate);
        Assert.Equal(MessageCatalogue.Default.Get("ask.place"), dc.Replies[^1].Text);
    }

    [Fact]
    public async Task Prompt_UnsureAnswerRefused_AsksTheQuestionAgain()
    {
        var seen = new List<PromptAnswer?>();
        var dialogs = Dialogs(seen);
        var (state, _, _) = await TurnAsync(dialogs, null, "");
        (state, _, _) = await TurnAsync(dialogs, state, "about twenty");
        (state, var dc, _) = await TurnAsync(dialogs, state, "no");
        Assert.Empty(seen);
        Assert.Null(state.Stack[^1].Pending);
        Assert.Equal(MessageCatalogue.Default.Get("ask.hours"), dc.Replies.Single().Text);
        Assert.Equal(0, state.Stack[^1].Attempts);
    }

    [Fact]
    public async Task Prompt_AnotherAnswerInsteadOfYesNo_TakesItAsTheAnswer()
    {
        var seen = new List<PromptAnswer?>();
        var dialogs = Dialogs(seen);
        var (state, _, _) = await TurnAsync(dialogs, null, "");
        (state, _, _) = await TurnAsync(dialogs, state, "about twenty");
        await TurnAsync(dialogs, state, "20");
        Assert.False(seen.Single()!.Number!.Approximate);
    }

    [Fact]
    public async Task Prompt_MissesUpToTheLimit_ReasksThenGivesUpHelpfully()
    {
        var seen = new List<PromptAnswer?>();
        var dialogs = Dialogs(seen);
        var (state, _, _) = await TurnAsync(dialogs, null, "");
        (state, var dc, _) = await TurnAsync(dialogs, state, "lots");
        Assert.Equal(MessageCatalogue.Default.Get("retry.hours"), dc.Replies.Single().Text);
        Assert.Equal(1, state.Stack[^1].Attempts);

        (state, dc, _) = await TurnAsync(dialogs, state, "lots");
        Assert.Equal(MessageCatalogue.Default.Get("giveup.hours"), dc.Replies[0].Text);
        Assert.True(seen.Single()!.GaveUp);
        Assert.Equal(MessageCatalogue.Default.Get("ask.place"), dc.Replies[^1].Text);
        Assert.Equal(2, state.Stack.Count);
    }

    [Fact]
    public async Task Prompt_Reprompt_SendsTheSameQuestionWithItsButtons()
    {
        var dialogs = Dialogs([]);
        var (state, first, _) = await TurnAsync(dialogs, null, "");
        var dc = new DialogContext(dialogs, state, new Turn { Text = "", LocalTime = DateTimeOffset.UnixEpoch, Channel = ChannelKind.Test, ConversationId = "c" }, MessageCatalogue.Default);
        await dc.RepromptAsync(TestContext.Current.CancellationToken);
        var again = dc.Replies.Single();
        Assert.Equal(first.Replies[^1].Text, again.Text);
        Assert.True(again.ExpectsInput);
        Assert.Equal(first.Replies[^1].Choices, again.Choices);
    }

    [Fact]
    public void Serializer_OlderVersionOrBrokenJson_ReadsAsNull()
    {
        Assert.Null(DialogStateSerializer.Read(new DialogSnapshot("{\"version\":0}")));
        Assert.Null(DialogStateSerializer.Read(new DialogSnapshot("[1,2")));
        Assert.Null(DialogStateSerializer.Read(new DialogSnapshot("")));
        Assert.NotNull(DialogStateSerializer.Read(DialogStateSerializer.Write(new DialogState())));
    }
}
