using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Ingest;

/// <summary>Told about every batch the ingest writer has just committed (only the events that were new).</summary>
public interface IStoredEventsObserver
{
    /// <summary>Called on the writer's thread right after the commit: keep it cheap and never throw.</summary>
    void OnStored(IReadOnlyList<ActivityEvent> stored);
}
