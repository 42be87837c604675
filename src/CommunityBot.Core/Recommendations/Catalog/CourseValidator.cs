using System.Text.RegularExpressions;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>The rules every course must satisfy, whatever it was read from.</summary>
public static partial class CourseValidator
{
    public const int MaxIdLength = 40;

    /// <summary>Returns the first problem of the course, or null when it is valid.</summary>
    public static (string Field, string Message)? Check(Course course)
    {
        if (!IdPattern().IsMatch(course.Id))
        {
            return ("id", $"must be 1 to {MaxIdLength} characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (string.IsNullOrWhiteSpace(course.Title) || course.Title.Length > 200)
        {
            return ("title", "must be 1 to 200 characters");
        }
        if (!Uri.TryCreate(course.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ("url", "must be an absolute http or https URL");
        }
        if (course.Tags.Count == 0 || course.Tags.Any(t => TextNormalizer.Key(t).Length == 0))
        {
            return ("tags", "needs at least one tag, and every tag needs a letter or digit");
        }
        if (course.Synonyms.Any(s => TextNormalizer.Key(s).Length == 0))
        {
            return ("synonyms", "every synonym needs a letter or digit");
        }
        if (course.Rating is { } rating && (double.IsNaN(rating) || rating < 0 || rating > 5))
        {
            return ("rating", "must be between 0 and 5");
        }
        if (course.Price is { } price && (double.IsNaN(price) || price < 0))
        {
            return ("price", "must not be negative");
        }
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,39}$")]
    private static partial Regex IdPattern();
}
