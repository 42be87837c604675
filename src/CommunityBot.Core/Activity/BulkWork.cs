namespace CommunityBot.Core.Activity;

/// <summary>Housekeeping after work that reads a community's whole history at once.</summary>
public static class BulkWork
{
    /// <summary>
    /// A rebuild holds a community's full history (100,000 events are about 50 MB of objects) long enough for it to reach
    /// the oldest generation, where it would otherwise wait, one dead history per community, for a rare full collection
    /// (the 1M-event benchmark's resident memory grew by ~450 MB that way). Rebuilds are rare (start, catalog or weight
    /// changes, late events), so one compacting collection after each is cheap.
    /// </summary>
    public static void ReleaseHistory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
}
