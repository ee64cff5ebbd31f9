using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Insights.Transcripts;

/// <summary>
/// Writes each conversation to <c>{Folder}/{channel}-{pseudonym}.transcript</c>: UTF-8 without BOM, a flat
/// JSON array of activities, as the Bot Framework Emulator saves and opens them. Each turn rewrites the
/// file through a temporary file and a rename, so a reader or a crash never sees half a file. Turns of
/// one conversation are serialised in this process by a striped lock and across processes (two
/// instances sharing a folder) by an exclusive lock file.
/// </summary>
internal sealed partial class TranscriptWriter(
    IOptions<TranscriptOptions> options, RecentlyForgotten forgotten, TimeProvider clock, ILogger<TranscriptWriter> logger)
    : IActivityObserver
{
    public const string Extension = ".transcript";
    private const string LockFolder = ".locks";

    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private string Folder => options.Value.Folder ?? throw new InvalidOperationException("Transcripts__Folder is not set.");

    public async ValueTask OnTurnAsync(Activity inbound, IReadOnlyList<Activity> outbound,
        IReadOnlyList<InsightSignal> signals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(outbound);
        if (inbound.Conversation?.Id is not { Length: > 0 } conversationId)
            return;

        string channelId = inbound.ChannelId ?? "unknown";
        if (forgotten.Contains(channelId, conversationId))
            return;
        string path = PathFor(channelId, conversationId);
        await using var held = await LockAsync(path, cancellationToken);

        JsonArray entries = await ReadAsync(path, cancellationToken);
        IReadOnlyList<JsonObject> added = TranscriptActivityMapper.Map(inbound, outbound, clock.GetUtcNow(), entries.Count);
        if (added.Count == 0)
            return;
        foreach (JsonObject entry in added)
            entries.Add(entry);
        await WriteAsync(path, entries, cancellationToken);
        LogWritten(added.Count, Path.GetFileName(path));
    }

    public async ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        forgotten.Add(channelId, conversationId);
        string path = PathFor(channelId, conversationId);
        await using (await LockAsync(path, cancellationToken))
        {
            if (File.Exists(path))
            {
                File.Delete(path);
                LogForgotten(Path.GetFileName(path));
            }
        }
        TryDelete(LockPathFor(path));
    }

    /// <summary>The file a conversation is written to. The name holds no id a channel gave.</summary>
    public string PathFor(string channelId, string conversationId)
    {
        string channel = new(channelId.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(24).ToArray());
        string pseudonym = TranscriptActivityMapper.ConversationPseudonym(channelId, conversationId);
        return Path.Combine(Folder, (channel.Length == 0 ? "unknown" : channel) + "-" + pseudonym + Extension);
    }

    private async Task<IAsyncDisposable> LockAsync(string path, CancellationToken cancellationToken)
    {
        SemaphoreSlim stripe = stripes[(StringComparer.Ordinal.GetHashCode(path) & int.MaxValue) % stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            FileStream file = await OpenLockFileAsync(LockPathFor(path), cancellationToken);
            return new Held(stripe, file);
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    private static async Task<FileStream> OpenLockFileAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                // Another process holds this conversation's lock for a moment.
                await Task.Delay(25, cancellationToken);
            }
        }
    }

    private string LockPathFor(string path) =>
        Path.Combine(Folder, LockFolder, Path.GetFileNameWithoutExtension(path) + ".lock");

    private async Task<JsonArray> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            return [];
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            return JsonNode.Parse(bytes) as JsonArray ?? throw new JsonException("Not a JSON array.");
        }
        catch (JsonException)
        {
            // Someone edited the file by hand: keep it aside and start again rather than lose new turns.
            string aside = path + ".unreadable-" + clock.GetUtcNow().ToUnixTimeMilliseconds();
            File.Move(path, aside);
            LogUnreadable(Path.GetFileName(path), Path.GetFileName(aside));
            return [];
        }
    }

    private static async Task WriteAsync(string path, JsonArray entries, CancellationToken cancellationToken)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                             bufferSize: 16 * 1024, FileOptions.Asynchronous))
            {
                // Utf8JsonWriter writes no BOM, as the Emulator expects.
                await using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    entries.WriteTo(writer);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a left-over lock or temporary file holds no personal data.
        }
    }

    private sealed class Held(SemaphoreSlim stripe, FileStream file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync();
            stripe.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Transcript {File}: {Count} activities added")]
    private partial void LogWritten(int count, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transcript {File} deleted (forget me)")]
    private partial void LogForgotten(string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcript {File} was not a JSON array; kept aside as {Aside}")]
    private partial void LogUnreadable(string file, string aside);
}
