namespace CareerBot.Bot.Channels.WebPage;

/// <summary>The chat page at GET / (configuration section "WebChat").</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>
    /// Which Direct Line the page talks to: SelfHosted (default: this bot's own /v3/directline, no Azure
    /// needed) or Azure (Azure Bot Service's Direct Line channel; needs <see cref="AzureSecret"/>).
    /// </summary>
    public WebChatDirectLine DirectLine { get; set; } = WebChatDirectLine.SelfHosted;

    /// <summary>The secret of the bot's Direct Line channel in Azure (Azure mode). Stays on the server.</summary>
    public string? AzureSecret { get; set; }

    /// <summary>Azure's Direct Line base address, e.g. the European one: https://europe.directline.botframework.com/v3/directline.</summary>
    public string AzureDomain { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>Web Chat uses the WebSocket stream by default; false makes it poll (also: open the page with ?transport=polling).</summary>
    public bool WebSocket { get; set; } = true;
}
