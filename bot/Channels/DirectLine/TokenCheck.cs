namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a bearer credential.</summary>
internal enum TokenVerdict
{
    /// <summary>No Authorization header, or not a bearer credential.</summary>
    Missing,
    /// <summary>A token this bot signed and that has not expired.</summary>
    Valid,
    /// <summary>The configured Direct Line secret.</summary>
    Secret,
    /// <summary>Signed here, but past its expiry.</summary>
    Expired,
    /// <summary>Not a token this bot signed (malformed or tampered).</summary>
    Invalid,
}

/// <summary>A checked credential; <see cref="Token"/> is set when <see cref="Verdict"/> is Valid.</summary>
internal sealed record TokenCheck(TokenVerdict Verdict, DirectLineToken? Token = null)
{
    public static readonly TokenCheck Missing = new(TokenVerdict.Missing);
    public static readonly TokenCheck Expired = new(TokenVerdict.Expired);
    public static readonly TokenCheck Invalid = new(TokenVerdict.Invalid);
    public static readonly TokenCheck Secret = new(TokenVerdict.Secret);

    /// <summary>True when the credential may act in <paramref name="conversationId"/>.</summary>
    public bool Allows(string conversationId) =>
        Verdict == TokenVerdict.Secret
        || (Verdict == TokenVerdict.Valid && string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal));
}
