using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.WebPage;

/// <summary>
/// The chat page: GET / (wwwroot/index.html with Web Chat), its static files, and POST /api/webchat/token,
/// which gives the page a conversation token for this bot's Direct Line, or Azure's (WebChat:DirectLine).
/// </summary>
internal static partial class WebChatEndpoints
{
    public const string TokenPath = "/api/webchat/token";
    public const string AzureClient = "AzureDirectLine";

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<DirectLineRateLimits>();
        var files = PageFiles(app.Environment);
        var bundle = new WebChatBundle(files);
        app.UsePrecompressedFiles(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = PrecompressedFiles.ContentTypes,
            OnPrepareResponse = context =>
            {
                WebPageHeaders.Apply(context.Context);
                PrecompressedFiles.Prepare(context);
                // Web Chat changes only with a new build: the page's versioned address is kept for a year,
                // the plain one (partners' pages) for an hour, then checked again with its ETag.
                if (context.Context.Request.Path.StartsWithSegments("/webchat"))
                    context.Context.Response.Headers.CacheControl = bundle.IsCurrentVersion(context.Context.Request)
                        ? "public, max-age=31536000, immutable"
                        : "public, max-age=3600";
            },
        });
        app.MapGet("/", (HttpContext http, CancellationToken cancellationToken) => ServePageAsync(http, files, bundle, cancellationToken));
        app.MapPost(TokenPath, CreateSessionAsync).RequireCors(DirectLineEndpoints.CorsPolicy).AddEndpointFilter(limits.NewConversations);
        return app;
    }

    /// <summary>
    /// The pages: the content root's wwwroot (the project folder in development), else the wwwroot beside
    /// the program, so a published bot started from another folder still finds them.
    /// </summary>
    private static IFileProvider PageFiles(IWebHostEnvironment environment)
    {
        if (environment.WebRootFileProvider.GetFileInfo("index.html").Exists) return environment.WebRootFileProvider;
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(beside) ? new PhysicalFileProvider(beside) : environment.WebRootFileProvider;
    }

    /// <summary>index.html, with the Web Chat bundle's versioned address so browsers may keep the bundle.</summary>
    private static async Task<IResult> ServePageAsync(HttpContext http, IFileProvider files, WebChatBundle bundle, CancellationToken cancellationToken)
    {
        IFileInfo page = files.GetFileInfo("index.html");
        if (!page.Exists) return TypedResults.NotFound();
        string html;
        using (var reader = new StreamReader(page.CreateReadStream()))
            html = await reader.ReadToEndAsync(cancellationToken);
        WebPageHeaders.Apply(http);
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(html.Replace($"src=\"{WebChatBundle.Path}\"", $"src=\"{bundle.VersionedPath}\"", StringComparison.Ordinal),
            "text/html; charset=utf-8");
    }

    private static async Task<IResult> CreateSessionAsync(HttpContext http, IOptions<WebChatOptions> options, DirectLineTokens tokens,
        DirectLineAddress address, IHttpClientFactory clients, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var userId = DirectLineIds.User();
        http.Response.Headers.CacheControl = "no-store";
        if (settings.DirectLine == WebChatDirectLine.SelfHosted)
        {
            var conversationId = DirectLineIds.Conversation();
            return TypedResults.Ok(new WebChatSession(tokens.Issue(conversationId, userId), conversationId, userId,
                (int)tokens.Lifetime.TotalSeconds, address.BaseUrl(http.Request) + DirectLineAddress.BasePath, settings.WebSocket));
        }

        var logger = loggers.CreateLogger(typeof(WebChatEndpoints));
        if (string.IsNullOrEmpty(settings.AzureSecret))
        {
            LogNoAzureSecret(logger);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Chat not set up",
                detail: "WebChat:DirectLine is Azure but WebChat:AzureSecret is not set.");
        }
        try
        {
            var domain = settings.AzureDomain.TrimEnd('/');
            using var request = new HttpRequestMessage(HttpMethod.Post, domain + "/tokens/generate")
            {
                Content = JsonContent.Create(new { user = new { id = userId } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AzureSecret);
            using var response = await clients.CreateClient(AzureClient).SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            var root = json.RootElement;
            return TypedResults.Ok(new WebChatSession(root.GetProperty("token").GetString()!, root.GetProperty("conversationId").GetString()!,
                userId, root.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 1800, domain, settings.WebSocket));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            LogAzureFailed(logger, ex);
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Chat not available",
                detail: "Azure's Direct Line did not give a token. Please try again shortly.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Web chat: WebChat:DirectLine is Azure but WebChat:AzureSecret is not set")]
    private static partial void LogNoAzureSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web chat: Azure's Direct Line did not give a token")]
    private static partial void LogAzureFailed(ILogger logger, Exception exception);
}
