namespace CareerBot.Bot.Protocol.Auth;

/// <summary>Who may sign tokens sent to /api/messages (bot-protocol spec §4.1, §4.2).</summary>
internal static class BotIssuers
{
    /// <summary>Tokens from Azure Bot Service channels.</summary>
    public const string BotConnector = "https://api.botframework.com";

    /// <summary>The Emulator (and other Entra-issued tokens) for multi-tenant bots: the Bot Framework tenants, v1 and v2.</summary>
    public static IReadOnlyList<string> Emulator { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The Entra issuers accepted for this bot: the Bot Framework tenants, plus its own tenant when set.</summary>
    public static IReadOnlyList<string> EntraFor(BotCredentials credentials)
    {
        if (string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId))
            return Emulator;
        string tenant = credentials.MicrosoftAppTenantId.Trim();
        return [.. Emulator, $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
    }
}
