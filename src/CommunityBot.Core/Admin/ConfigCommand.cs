using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>/config [show | KEY VALUE]: time zone, cooldown, digest channel, excluded channels, moderators, retention.</summary>
public sealed class ConfigCommand(ISettingsStore settings, AdminChange change, Purchases.ISalesLedger sales) : IBotCommand
{
    private static readonly string[] _keys =
        ["timezone", "cooldown", "digest_channel", "exclude_channel", "include_channel", "moderator_role", "add_moderator", "remove_moderator", "retention_days", "half_life_days", "min_reactor_age_days", "nudge_inactive_days", "nudge_drop_percent", "webhook_secret", "web"];

    public CommandSpec Spec { get; } = new("config", "Show or change this community's settings", MemberRole.Admin,
    [
        new ArgSpec("key", "Setting to change (omit to show all)") { Choices = ["show", .. _keys] },
        new ArgSpec("value", "New value") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        var key = call.Arg(0)?.ToLowerInvariant();
        if (key is null or "show")
        {
            return Show("Settings", current);
        }
        var value = call.Rest(1).Trim();
        if (value.Length == 0)
        {
            throw new CommandUsageException($"Give a value for {key}.");
        }
        if (key == "webhook_secret")
        {
            return await RotateWebhookSecretAsync(call, value, ct);
        }
        var updated = ConfigChanges.Apply(current, key, value);
        await change.ApplyAsync(call, updated, "config " + key, value, ct);
        return Show($"Saved {key}", updated);
    }

    /// <summary>A new secret for the purchases webhook, shown once and only to the admin; the old one stops working.</summary>
    private async Task<Reply> RotateWebhookSecretAsync(CommandInvocation call, string value, CancellationToken ct)
    {
        if (!value.Equals("rotate", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandUsageException("Use /config webhook_secret rotate: it makes a new secret and shows it to you once.");
        }
        var secret = "whsec_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        await sales.SetSecretAsync(call.Community, secret, ct);
        await change.RecordAsync(call, "config webhook_secret", "rotated", ct);
        return new Reply(string.Join('\n',
            "New purchases webhook secret (shown once; the previous one no longer works):",
            secret,
            $"Your shop posts sales to POST {Purchases.PurchaseHook.Route}{call.Community} on the bot's public URL, signed with "
            + "HMAC-SHA256 of \"TIMESTAMP.BODY\" (Stripe's scheme; Stripe-Signature or X-CommunityBot-Timestamp + X-CommunityBot-Signature)."))
        {
            Title = "Webhook secret",
            Ephemeral = true,
        };
    }

    private static Reply Show(string title, CommunitySettings s) => new(string.Join('\n',
        title + ":",
        "timezone: " + s.TimeZone,
        string.Create(CultureInfo.InvariantCulture, $"cooldown: {s.Scoring.CooldownSeconds} s"),
        "digest_channel: " + (s.DigestChannel ?? "(none: digests are off)"),
        "excluded channels: " + (s.ExcludedChannels.Count == 0 ? "(none)" : string.Join(", ", s.ExcludedChannels)),
        "moderator_role: " + (s.ModeratorRole ?? "(none)"),
        "moderators: " + (s.ModeratorUsers.Count == 0 ? "(none)" : string.Join(", ", s.ModeratorUsers)),
        string.Create(CultureInfo.InvariantCulture, $"retention_days: {s.Scoring.RetentionDays}, half_life_days: {s.Scoring.HalfLifeDays}"),
        s.Scoring.MinReactorAccountDays == 0
            ? "min_reactor_age_days: 0 (reactions from every account count)"
            : string.Create(CultureInfo.InvariantCulture, $"min_reactor_age_days: {s.Scoring.MinReactorAccountDays} (reactions from younger accounts are ignored; on Telegram an account's age is the time since its first event here)"),
        "web: " + (s.WebLeaderboard ? "on (the leaderboard is public at /c/" + s.Community + "/leaderboard)" : "off (no public web leaderboard)"),
        string.Create(CultureInfo.InvariantCulture, $"nudges (for members who opted in): after {s.Live.NudgeInactiveDays} days away (nudge_inactive_days) or an engagement drop of {s.Live.NudgeDropPercent} % (nudge_drop_percent)")))
    {
        Title = title,
        Data = s,
    };

    public static IReadOnlyList<string> Keys => _keys;
}
