using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>Stops start-up on a registration that cannot work (so the error is not an AADSTS code at the first reply).</summary>
internal sealed class BotCredentialsValidation : IValidateOptions<BotCredentials>
{
    public ValidateOptionsResult Validate(string? name, BotCredentials options)
    {
        List<string> problems = [.. options.Problems()];
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
