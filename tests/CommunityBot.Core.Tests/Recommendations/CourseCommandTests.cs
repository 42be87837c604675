using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class CourseCommandTests
{
    private static Task<IReadOnlyList<AuditEntry>> AuditAsync(RecHarness bot) => bot.Get<IAuditLog>().RecentAsync("g1", 10, CancellationToken.None);

    [Fact]
    public async Task Course_AddEditRemove_ChangesCatalogAndAuditsEach()
    {
        await using var bot = await RecHarness.StartAsync();

        var added = await bot.AskAsync("admin", "/course add id=go-backend title=\"Backend Services in Go\" url=https://x.example/go tags=go|backend price=99 rating=4.5", MemberRole.Admin);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var edited = await bot.AskAsync("admin", "/course edit go-backend price=79 synonyms=golang", MemberRole.Admin);
        var catalog = bot.Get<ICourseCatalog>();
        var course = await catalog.FindAsync("g1", "go-backend", CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var removed = await bot.AskAsync("admin", "/course remove go-backend", MemberRole.Admin);

        Assert.False(added.IsError, added.Text);
        Assert.False(edited.IsError, edited.Text);
        Assert.Equal(("Backend Services in Go", 79.0, "golang"), (course!.Title, course.Price!.Value, course.Synonyms.Single()));
        Assert.False(removed.IsError, removed.Text);
        Assert.Null(await catalog.FindAsync("g1", "go-backend", CancellationToken.None));
        Assert.Equal(["course remove", "course edit", "course add"], (await AuditAsync(bot)).Select(e => e.Action));
    }

    [Fact]
    public async Task Course_Member_RefusedAndNothingChanged()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("u1", "/course remove docker-101");

        Assert.True(reply.IsError);
        Assert.NotNull(await bot.Get<ICourseCatalog>().FindAsync("g1", "docker-101", CancellationToken.None));
        Assert.Empty(await AuditAsync(bot));
    }

    [Fact]
    public async Task Course_AddInvalid_NamesFieldAndStoresNothing()
    {
        await using var bot = await RecHarness.StartAsync();

        var badUrl = await bot.AskAsync("admin", "/course add id=x title=X url=nope tags=a", MemberRole.Admin);
        var badKey = await bot.AskAsync("admin", "/course add id=x colour=red", MemberRole.Admin);
        var duplicate = await bot.AskAsync("admin", "/course add id=docker-101 title=D url=https://x.example tags=d", MemberRole.Admin);

        Assert.Contains("field 'url'", badUrl.Text, StringComparison.Ordinal);
        Assert.Contains("Unknown field 'colour'", badKey.Text, StringComparison.Ordinal);
        Assert.Contains("exists already", duplicate.Text, StringComparison.Ordinal);
        Assert.Equal(6, (await bot.Get<ICourseCatalog>().ListAsync("g1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Course_ImportPastedCsv_LoadsGoodRowsReportsBadOnes()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("admin", "/course import id,title,url,tags\nrust-intro,Rust,https://x.example/rust,rust\nbad,Bad,ftp://x,y\n", MemberRole.Admin);

        Assert.Contains("1 courses loaded, 1 rejected", reply.Text, StringComparison.Ordinal);
        Assert.Contains("line 3, field 'url'", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<ICourseCatalog>().FindAsync("g1", "rust-intro", CancellationToken.None));
        Assert.Equal("course import", Assert.Single(await AuditAsync(bot)).Action);
    }

    [Fact]
    public async Task Course_ImportPastedJson_KeepsQuotedTitlesWithSpaces()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("admin", """
            /course import [
              { "id": "rust-intro", "title": "Rust  for  Beginners", "url": "https://x.example/rust", "tags": ["rust"] }
            ]
            """, MemberRole.Admin);

        Assert.Equal("1 courses loaded.", reply.Text);
        Assert.Equal("Rust  for  Beginners", (await bot.Get<ICourseCatalog>().FindAsync("g1", "rust-intro", CancellationToken.None))!.Title);
    }

    [Fact]
    public async Task Course_List_ShowsEveryCourse()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("admin", "/course list", MemberRole.Admin);

        Assert.Equal("Catalog (6)", reply.Title);
        Assert.Equal(6, reply.Text.Split('\n').Length);
    }
}
