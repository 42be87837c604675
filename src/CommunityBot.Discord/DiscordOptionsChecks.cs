using Microsoft.Extensions.Options;

namespace CommunityBot.Discord;

/// <summary>The cross-field checks the attribute validator cannot express; messages name the setting to fix.</summary>
internal sealed class DiscordOptionsChecks : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) && string.IsNullOrWhiteSpace(options.TokenFile))
        {
            failures.Add("Set Discord:Token (env COMMUNITYBOT__DISCORD__TOKEN) or Discord:TokenFile.");
        }
        else if (string.IsNullOrWhiteSpace(options.Token) && !File.Exists(options.TokenFile))
        {
            failures.Add($"Discord:TokenFile '{options.TokenFile}' does not exist.");
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            failures.Add($"Discord:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        }
        if (Gateway.ShardPlan.Problem(options) is { } shards)
        {
            failures.Add(shards);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
