using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>
/// /course add|edit|remove|list|import|clear: admins maintain their community's own catalog; every change goes to the
/// audit log.
/// </summary>
public sealed class CourseCommand(ICourseCatalog catalog, CourseImporter importer, IAuditLog audit) : IBotCommand
{
    public CommandSpec Spec { get; } = new("course", "Manage the course catalog", MemberRole.Admin,
    [
        new ArgSpec("action", "What to do", Required: true) { Choices = ["add", "edit", "remove", "list", "import", "clear"] },
        new ArgSpec("details", "add: id=.. title=.. url=.. tags=a|b [synonyms= price= rating= language= level=]; edit: ID key=value..; remove: ID; import: pasted JSON or CSV; clear: confirm") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) => call.Arg(0)?.ToLowerInvariant() switch
    {
        "add" => await AddAsync(call, ct),
        "edit" => await EditAsync(call, ct),
        "remove" => await RemoveAsync(call, ct),
        "list" => await ListAsync(call.Community, ct),
        "import" => await ImportAsync(call, ct),
        "clear" => await ClearAsync(call, ct),
        _ => throw new CommandUsageException("Choose add, edit, remove, list, import or clear."),
    };

    private async Task<Reply> AddAsync(CommandInvocation call, CancellationToken ct)
    {
        var fields = CourseFields.Parse(call.Rest(1));
        var course = CourseFields.Apply(new Course { Id = "", Title = "", Url = "" }, fields);
        if (CourseValidator.Check(course) is { } problem)
        {
            return Reply.Error($"Not added: field '{problem.Field}' {problem.Message}.");
        }
        if (await catalog.FindAsync(call.Community, course.Id, ct) is not null)
        {
            return Reply.Error($"A course with id '{course.Id}' exists already; use /course edit {course.Id} ...");
        }
        await catalog.SaveAsync(call.Community, course, ct);
        await AuditAsync(call, "course add", CoursesCommand.Line(course), ct);
        return new Reply($"Added {CoursesCommand.Line(course)}");
    }

    private async Task<Reply> EditAsync(CommandInvocation call, CancellationToken ct)
    {
        var id = call.Arg(1) ?? throw new CommandUsageException("Name the course: /course edit ID key=value ...");
        if (await catalog.FindAsync(call.Community, id, ct) is not { } before)
        {
            return Reply.Error($"No course with id '{id}'. /course list shows the ids.");
        }
        var fields = CourseFields.Parse(call.Rest(2));
        if (fields.Count == 0 || fields.ContainsKey("id"))
        {
            throw new CommandUsageException("Give the fields to change (key=value); the id cannot change.");
        }
        var after = CourseFields.Apply(before, fields);
        if (CourseValidator.Check(after) is { } problem)
        {
            return Reply.Error($"Not changed: field '{problem.Field}' {problem.Message}.");
        }
        await catalog.SaveAsync(call.Community, after, ct);
        await AuditAsync(call, "course edit", $"{CoursesCommand.Line(before)} -> {CoursesCommand.Line(after)}", ct);
        return new Reply($"Updated {CoursesCommand.Line(after)}");
    }

    private async Task<Reply> RemoveAsync(CommandInvocation call, CancellationToken ct)
    {
        var id = call.Arg(1) ?? throw new CommandUsageException("Name the course: /course remove ID");
        if (await catalog.FindAsync(call.Community, id, ct) is not { } course || !await catalog.RemoveAsync(call.Community, id, ct))
        {
            return Reply.Error($"No course with id '{id}'. Nothing was changed.");
        }
        await AuditAsync(call, "course remove", CoursesCommand.Line(course), ct);
        return new Reply($"Removed {course.Title} [{course.Id}].");
    }

    private async Task<Reply> ListAsync(string community, CancellationToken ct)
    {
        var courses = await catalog.ListAsync(community, ct);
        return new Reply(courses.Count == 0 ? "The catalog is empty." : string.Join('\n', courses.Select(CoursesCommand.Line))) { Title = $"Catalog ({courses.Count})" };
    }

    private async Task<Reply> ImportAsync(CommandInvocation call, CancellationToken ct)
    {
        var raw = call.RawArgs.TrimStart();
        var text = raw.Length > 6 && raw.StartsWith("import", StringComparison.OrdinalIgnoreCase) ? raw[6..] : "";
        if (text.Trim().Length == 0)
        {
            throw new CommandUsageException("Paste the courses after /course import (a JSON array, or CSV with a header row).");
        }
        var result = await importer.ImportAsync(call.Community, text, ct);
        await AuditAsync(call, "course import", result.Summary, ct);
        return new Reply(result.Summary) { IsError = result.Courses.Count == 0 };
    }

    /// <summary>Empties the catalog, e.g. of the bundled starter courses before a creator imports their own.</summary>
    private async Task<Reply> ClearAsync(CommandInvocation call, CancellationToken ct)
    {
        var courses = await catalog.ListAsync(call.Community, ct);
        if (courses.Count == 0)
        {
            return new Reply("The catalog is empty already.");
        }
        if (!string.Equals(call.Arg(1), "confirm", StringComparison.OrdinalIgnoreCase))
        {
            return new Reply($"This removes all {courses.Count} courses of this community's catalog. Run /course clear confirm to go ahead.");
        }
        foreach (var course in courses)
        {
            await catalog.RemoveAsync(call.Community, course.Id, ct);
        }
        await AuditAsync(call, "course clear", $"{courses.Count} courses: {string.Join(", ", courses.Select(c => c.Id))}", ct);
        return new Reply($"Removed all {courses.Count} courses. /course add or /course import fills the catalog again.");
    }

    private Task AuditAsync(CommandInvocation call, string action, string details, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(call.Community, call.User, action, details, call.Now), ct);
}
