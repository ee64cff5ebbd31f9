namespace CareerBot.Bot.Channels.Sms;

/// <summary>SMS: STOP/START/HELP for the "sms" channel, and the direct Twilio webhook.</summary>
internal static class SmsRegistration
{
    public static WebApplicationBuilder AddSmsChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SmsOptions>().BindConfiguration("Sms");
        services.AddOptions<TwilioOptions>().BindConfiguration("Twilio");
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SmsNumberHasher>();
        services.AddSingleton<SmsOptOuts>();
        services.AddSingleton<IChannelGate, SmsGate>();
        return builder;
    }

    public static WebApplication MapSmsChannel(this WebApplication app)
    {
        app.MapTwilioWebhook();
        return app;
    }
}
