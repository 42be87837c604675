namespace CommunityBot.Core.Recommendations;

/// <summary>
/// Exposure and response of one course: what /stats shows and what the quality blend learns from.
/// Positives are clicks, 👍 and enrollments that followed a recommendation of the course to that member.
/// </summary>
public sealed record CourseStats(string Course, int Impressions, int Clicks, int Ups, int Downs, int Enrollments, int Positives)
{
    public double ClickThroughRate => Impressions == 0 ? 0 : (double)Clicks / Impressions;
}
