namespace CareerBot.Bot.Channels.WebPage;

/// <summary>Where the page's Direct Line is.</summary>
public enum WebChatDirectLine
{
    /// <summary>This bot's own Direct Line endpoint (/v3/directline).</summary>
    SelfHosted,
    /// <summary>Azure Bot Service's Direct Line channel.</summary>
    Azure,
}
