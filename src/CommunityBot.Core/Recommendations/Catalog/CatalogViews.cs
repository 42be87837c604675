using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Matching;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>
/// Each community's catalog with its tag vectors, matcher and fingerprint, built again only when that community's
/// catalog changed: an admin's edit reaches topic matching, interest scores and recommendations on their next read.
/// </summary>
public sealed class CatalogViews(ICourseCatalog catalog) : ICommunityTopics, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, CatalogView> _views = new(StringComparer.Ordinal);

    public async Task<CatalogView> ForAsync(string community, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var revision = catalog.RevisionOf(community);
            if (!_views.TryGetValue(community, out var view) || view.Revision != revision)
            {
                var courses = await catalog.ListAsync(community, ct);
                // Reading may have seeded the catalog from the starter, which changes its revision.
                _views[community] = view = new CatalogView(catalog.RevisionOf(community), courses);
            }
            return view;
        }
        finally
        {
            _gate.Release();
        }
    }

    async Task<TopicVocabulary> ICommunityTopics.ForAsync(string community, CancellationToken ct)
    {
        var view = await ForAsync(community, ct);
        return new TopicVocabulary(view.Matcher, view.Fingerprint);
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>One revision of a community's catalog and what is derived from it.</summary>
public sealed class CatalogView(long revision, IReadOnlyList<Course> courses)
{
    public long Revision { get; } = revision;

    public IReadOnlyList<Course> Courses { get; } = courses;

    public CourseSpace Space { get; } = new(courses);

    public TagMatcher Matcher { get; } = TagMatcher.For(courses);

    public string Fingerprint { get; } = Fingerprints.OfCatalog(courses);
}
