using System.Globalization;
using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Admin;

/// <summary>/weights show|set|preview|reset: the admin-controlled weights; set and reset re-score the community.</summary>
public sealed class WeightsCommand(ISettingsStore settings, AdminChange change, EngagementScorer scorer, IScoreStore scores) : IBotCommand
{
    public CommandSpec Spec { get; } = new("weights", "Show or change the scoring weights", MemberRole.Admin,
    [
        new ArgSpec("action", "show, set, preview or reset", Required: true) { Choices = ["show", "set", "preview", "reset"] },
        new ArgSpec("values", "name=value pairs, e.g. alpha=0.5 beta=0.3 gamma=0.2") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        switch (call.Arg(0)?.ToLowerInvariant())
        {
            case "show":
                return Show("Current weights", current.Weights);
            case "set":
                var updated = WeightsParser.Apply(current.Weights, call.Args.Skip(1));
                await change.ApplyAsync(call, current with { Weights = updated }, "weights set", Describe(current.Weights) + " → " + Describe(updated), ct);
                await scorer.ScoreCommunityAsync(call.Community, ct);
                return Show("Weights saved and scores recomputed", updated);
            case "reset":
                await change.ApplyAsync(call, current with { Weights = Weights.Default }, "weights reset", Describe(current.Weights) + " → defaults", ct);
                await scorer.ScoreCommunityAsync(call.Community, ct);
                return Show("Weights reset to the defaults and scores recomputed", Weights.Default);
            case "preview":
                return await PreviewAsync(call, WeightsParser.Apply(current.Weights, call.Args.Skip(1)), ct);
            default:
                throw new CommandUsageException(call.Arg(0) is null ? "Say what to do with the weights." : $"Unknown action '{call.Arg(0)}'.");
        }
    }

    /// <summary>Top 10 under the proposed weights, from the stored C, I and R; nothing is saved.</summary>
    private async Task<Reply> PreviewAsync(CommandInvocation call, Weights proposed, CancellationToken ct)
    {
        var top = (await scores.ListAsync(call.Community, ct))
            .Select(s => (s.User, s.Name, U: ScoreFormulas.Engagement(s.Content, s.Interest, s.Interaction, proposed)))
            .OrderByDescending(x => x.U).ThenBy(x => x.User, StringComparer.Ordinal).Take(10).ToList();
        var text = new StringBuilder("Preview (not saved): ").Append(Describe(proposed)).Append('\n');
        foreach (var (row, i) in top.Select((r, i) => (r, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"#{i + 1} {row.Name} — U {row.U:0.000}\n");
        }
        var entries = top.Select((r, i) => new { rank = i + 1, user = r.User, name = r.Name, score = r.U }).ToList();
        return new Reply(text.ToString().TrimEnd()) { Title = "Weights preview", Data = new { weights = proposed.ToDictionary(), entries } };
    }

    private static Reply Show(string title, Weights w) => new(title + ":\n" + string.Join('\n', Weights.Models.Select(m =>
        m.Key + ": " + string.Join(", ", m.Value.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}={w.Get(n):0.###}"))))))
    {
        Title = title,
        Data = w.ToDictionary(),
    };

    private static string Describe(Weights w) => string.Join(' ', Weights.Names.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}={w.Get(n):0.###}")));
}
