using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>/course add|edit|remove|list|import: admins maintain the catalog; every change goes to the audit log.</summary>
public sealed class CourseCommand(ICourseCatalog catalog, CourseImporter importer, IAuditLog audit) : IBotCommand
{
    public CommandSpec Spec { get; } = new("course", "Manage the course catalog", MemberRole.Admin,
    [
        new ArgSpec("action", "What to do", Required: true) { Choices = ["add", "edit", "remove", "list", "import"] },
        new ArgSpec("details", "add: id=.. title=.. url=.. tags=a|b [synonyms= price= rating= language= level=]; edit: ID key=value..; remove: ID; import: pasted JSON or CSV") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) => call.Arg(0)?.ToLowerInvariant() switch
    {
        "add" => await AddAsync(call, ct),
        "edit" => await EditAsync(call, ct),
        "remove" => await RemoveAsync(call, ct),
        "list" => await ListAsync(ct),
        "import" => await ImportAsync(call, ct),
        _ => throw new CommandUsageException("Choose add, edit, remove, list or import."),
    };

    private async Task<Reply> AddAsync(CommandInvocation call, CancellationToken ct)
    {
        var fields = CourseFields.Parse(call.Rest(1));
        var course = CourseFields.Apply(new Course { Id = "", Title = "", Url = "" }, fields);
        if (CourseValidator.Check(course) is { } problem)
        {
            return Reply.Error($"Not added: field '{problem.Field}' {problem.Message}.");
        }
        if (await catalog.FindAsync(course.Id, ct) is not null)
        {
            return Reply.Error($"A course with id '{course.Id}' exists already; use /course edit {course.Id} ...");
        }
        await catalog.SaveAsync(course, ct);
        await AuditAsync(call, "course add", CoursesCommand.Line(course), ct);
        return new Reply($"Added {CoursesCommand.Line(course)}");
    }

    private async Task<Reply> EditAsync(CommandInvocation call, CancellationToken ct)
    {
        var id = call.Arg(1) ?? throw new CommandUsageException("Name the course: /course edit ID key=value ...");
        if (await catalog.FindAsync(id, ct) is not { } before)
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
        await catalog.SaveAsync(after, ct);
        await AuditAsync(call, "course edit", $"{CoursesCommand.Line(before)} -> {CoursesCommand.Line(after)}", ct);
        return new Reply($"Updated {CoursesCommand.Line(after)}");
    }

    private async Task<Reply> RemoveAsync(CommandInvocation call, CancellationToken ct)
    {
        var id = call.Arg(1) ?? throw new CommandUsageException("Name the course: /course remove ID");
        if (await catalog.FindAsync(id, ct) is not { } course || !await catalog.RemoveAsync(id, ct))
        {
            return Reply.Error($"No course with id '{id}'. Nothing was changed.");
        }
        await AuditAsync(call, "course remove", CoursesCommand.Line(course), ct);
        return new Reply($"Removed {course.Title} [{course.Id}].");
    }

    private async Task<Reply> ListAsync(CancellationToken ct)
    {
        var courses = await catalog.ListAsync(ct);
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
        var result = await importer.ImportAsync(text, ct);
        await AuditAsync(call, "course import", result.Summary, ct);
        return new Reply(result.Summary) { IsError = result.Courses.Count == 0 };
    }

    private Task AuditAsync(CommandInvocation call, string action, string details, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(call.Community, call.User, action, details, call.Now), ct);
}
