namespace CareerBot.Bot.Channels.Teams;

/// <summary>Microsoft Teams: the gate for "msteams" activities.</summary>
internal static class TeamsRegistration
{
    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChannelGate, TeamsGate>();
        return builder;
    }
}
