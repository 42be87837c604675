using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations;

/// <summary>
/// The catalog as vectors over tags, weighted by inverse document frequency so that a tag on half the
/// catalog says less about a course than a rare one. Courses are addressed by their index.
/// </summary>
public sealed class CourseSpace
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Course, double Weight)>> _byTag = new(StringComparer.Ordinal);
    private readonly double[] _norms;

    public CourseSpace(IReadOnlyList<Course> courses)
    {
        Courses = courses;
        TagKeys = courses.Select(c => c.Tags.Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        for (var i = 0; i < courses.Count; i++)
        {
            _index.TryAdd(courses[i].Id, i);
        }
        var frequency = TagKeys.SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _norms = new double[courses.Count];
        for (var i = 0; i < courses.Count; i++)
        {
            foreach (var tag in TagKeys[i])
            {
                var idf = Math.Log(1 + (double)courses.Count / frequency[tag]);
                if (!_byTag.TryGetValue(tag, out var list))
                {
                    _byTag[tag] = list = [];
                }
                list.Add((i, idf));
                _norms[i] += idf * idf;
            }
            _norms[i] = Math.Sqrt(_norms[i]);
        }
    }

    public IReadOnlyList<Course> Courses { get; }

    /// <summary>Normalized tag keys per course; the first is the primary tag.</summary>
    public IReadOnlyList<string[]> TagKeys { get; }

    public int Count => Courses.Count;

    public int? IndexOf(string courseId) => _index.TryGetValue(courseId, out var i) ? i : null;

    /// <summary>cos(profile, course) for every course, into <paramref name="into"/>.</summary>
    public void Cosines(InterestProfile profile, Span<double> into)
    {
        into.Clear();
        var norm = profile.Norm;
        if (norm <= 0)
        {
            return;
        }
        foreach (var (tag, weight) in profile.Weights)
        {
            if (_byTag.TryGetValue(tag, out var courses))
            {
                foreach (var (course, idf) in courses)
                {
                    into[course] += weight * idf;
                }
            }
        }
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = _norms[i] > 0 ? into[i] / (norm * _norms[i]) : 0;
        }
    }
}
