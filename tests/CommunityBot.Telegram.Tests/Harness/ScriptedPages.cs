using CommunityBot.Core.Commands;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>Paging buttons: "t_page:N" shows page N with Previous/Next buttons.</summary>
public sealed class ScriptedPages : IButtonHandler
{
    public const string PrefixName = "t_page";

    public string Prefix => PrefixName;

    public MemberRole Role => MemberRole.Member;

    public static Reply Page(int page) => new($"Page {page}: Alice 120, Bob 95")
    {
        Title = "Leaderboard",
        Buttons = [new ReplyButton("◀ Previous", $"{PrefixName}:{page - 1}"), new ReplyButton("Next ▶", $"{PrefixName}:{page + 1}")],
    };

    public Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(Page(call.Int(0) ?? 1));
}
