using CommunityBot.Core.Commands;
using CommunityBot.Core.Recommendations.Clicks;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Dashboard;

/// <summary>/dashboard: a moderator's own link to the community's web dashboard, which works once, within 15 minutes.</summary>
public sealed class DashboardCommand(DashboardAccess access, IOptions<ClickTrackingOptions> http) : IBotCommand
{
    public CommandSpec Spec { get; } = new("dashboard", "A private link to the community's web dashboard", MemberRole.Moderator, []) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(http.Value.PublicBaseUrl))
        {
            return Reply.Error("The bot's web address is not configured (Http:PublicBaseUrl), so there is no dashboard to link to. Ask the bot's operator.");
        }
        var url = $"{http.Value.PublicBaseUrl.TrimEnd('/')}/c/{Uri.EscapeDataString(call.Community)}/dashboard?t={await access.IssueLinkAsync(call.Community, call.User, ct)}";
        return new Reply($"Your dashboard link works once, within 15 minutes; do not share it: {url}")
        {
            Title = "Dashboard", Data = new { url, expiresInMinutes = DashboardAccess.LinkLifetime.TotalMinutes }, Ephemeral = true,
            Buttons = [new ReplyButton("Open the dashboard", "", url)],
        };
    }
}
