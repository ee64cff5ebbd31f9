namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// The Azure Bot registration, under the official SDK's root-level keys, so an existing registration's
/// settings work unchanged. No app id means no authentication either way (the Emulator's local mode).
/// </summary>
public sealed class BotCredentials
{
    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType => (MicrosoftAppType ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "multitenant" => BotAppType.MultiTenant,
        "singletenant" => BotAppType.SingleTenant,
        "userassignedmsi" => BotAppType.UserAssignedMsi,
        _ => throw new InvalidOperationException(
            $"MicrosoftAppType '{MicrosoftAppType}' is not known; use MultiTenant, SingleTenant or UserAssignedMSI."),
    };

    /// <summary>The tenant that issues the bot's tokens: its own for SingleTenant, else botframework.com unless set.</summary>
    public string TokenTenant => string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId.Trim();

    /// <summary>Problems that stop start-up, or none.</summary>
    public IEnumerable<string> Problems()
    {
        if (!HasAppId)
            yield break;
        BotAppType type;
        string? unknown = null;
        try
        {
            type = AppType;
        }
        catch (InvalidOperationException exception)
        {
            unknown = exception.Message;
            type = BotAppType.MultiTenant;
        }
        if (unknown is not null)
            yield return unknown;
        if (type != BotAppType.UserAssignedMsi && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            yield return "MicrosoftAppPassword is required with a MicrosoftAppId (unless MicrosoftAppType is UserAssignedMSI).";
        if (type == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            yield return "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.";
    }
}

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
