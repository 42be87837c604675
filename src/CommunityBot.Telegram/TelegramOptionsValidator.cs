using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CommunityBot.Telegram;

/// <summary>Checks the settings on start; messages name the setting, never its secret value.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (options.Token.Length == 0)
        {
            errors.Add(options.TokenFile.Length > 0
                ? $"Telegram:TokenFile '{options.TokenFile}' cannot be read or is empty."
                : "Telegram:Token (env COMMUNITYBOT__TELEGRAM__TOKEN) or Telegram:TokenFile must be set.");
        }
        else if (!TokenShape().IsMatch(options.Token))
        {
            errors.Add("Telegram:Token does not look like a bot token from BotFather (digits, a colon, then the secret).");
        }
        if (options.ApiBaseUrl.Length > 0
            && !(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            errors.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        }
        if (options.Mode == TelegramMode.Webhook)
        {
            if (!SecretShape().IsMatch(options.WebhookSecret))
            {
                errors.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - in webhook mode.");
            }
            if (!options.WebhookPath.StartsWith('/'))
            {
                errors.Add("Telegram:WebhookPath must start with '/'.");
            }
        }
        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            errors.Add("Telegram:PollTimeoutSeconds must be between 0 and 50.");
        }
        if (options.AdminCacheMinutes < 0 || options.MaxRetries < 0)
        {
            errors.Add("Telegram:AdminCacheMinutes and Telegram:MaxRetries must not be negative.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{30,64}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
