namespace CommunityBot.Core.Nudges;

/// <summary>Members' nudge opt-ins and the nudge job's memory of them.</summary>
public interface INudgeStore
{
    Task<NudgeRecord?> GetAsync(string community, string user, CancellationToken ct);

    Task SaveAsync(NudgeRecord record, CancellationToken ct);

    /// <summary>The members of the community who opted in.</summary>
    Task<IReadOnlyList<NudgeRecord>> OptedInAsync(string community, CancellationToken ct);
}
