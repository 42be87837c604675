using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Pictures;
using CommunityBot.Pictures;
using CommunityBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CommunityBot.Tests.Pictures;

/// <summary>Cards and charts drawn with Debian's Noto, Droid fallback and Noto Color Emoji fonts (see <see cref="CardFonts"/>).</summary>
public sealed class CardTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly FontLibrary _fonts = CardFonts.Load();

    public void Dispose() => _fonts.Dispose();

    public static TheoryData<string> Names => new()
    {
        "Bruno Silva", "李小龙 学习机器学习", "Анна Петрова", "محمد علي", "שלום עליכם", "Ελένη Παπαδοπούλου",
        "Zoë 🎉 👩‍💻 🇩🇪 👍🏽", "日本語のなまえ", "Nguyễn Văn Anh",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Shape_NameInAnyScript_EveryGlyphFoundNoEmptyBoxes(string name)
    {
        var runs = new CardText(_fonts).Shape(name, 32, bold: true);

        Assert.NotEmpty(runs);
        Assert.Equal(CardText.Clean(name), string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.DoesNotContain(0u, r.Glyphs)); // glyph 0 is the missing-glyph box
    }

    [Fact]
    public void Shape_OnlyDejaVu_ChineseWouldBeBoxes_SoTheCheckAboveCanFail()
    {
        using var dejavuOnly = FontLibrary.Load(["/usr/share/fonts/truetype/dejavu"])!;

        var runs = new CardText(dejavuOnly).Shape("李小龙", 32);

        Assert.Contains(runs, r => r.Glyphs.Contains(0u));
    }

    [Fact]
    public void InVisualOrder_RightToLeftName_EmojiAfterItDrawnOnItsLeft_LeftToRightUnchanged()
    {
        var text = new CardText(_fonts);

        var arabic = CardText.InVisualOrder(text.Shape("محمد علي 🎉", 32));
        var latin = CardText.InVisualOrder(text.Shape("Zoë 🎉", 32));

        Assert.Equal("🎉", arabic[0].Text);
        Assert.StartsWith("محمد", arabic[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Zoë", latin[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ArabicNameWithDigitsInALatinLine_DigitsReadLeftToRight_LeftOfTheName()
    {
        var text = new CardText(_fonts);

        var line = text.Layout("Level 12 · سارة 2024", 32, 2000);

        Assert.Equal(["Level 12 · ", "2024", "سارة "], line.Runs.Select(r => r.Text));
        Assert.Equal([0, 2, 1], line.Runs.Select(r => (int)r.Level));
        Assert.All(line.Runs, r => Assert.DoesNotContain(0u, r.Glyphs));
    }

    [Fact]
    public void Clean_DropsControlZeroWidthAndBidiOverrides_KeepsEmojiJoiners()
    {
        var hostile = "A\u202Egnp.exe\u200B\u0007B\uD800C 👩\u200D💻";

        Assert.Equal("Agnp.exeBC 👩\u200D💻", CardText.Clean(hostile));
    }

    [Fact]
    public void Draw_VeryLongName_CutToTheWidthWithAnEllipsis()
    {
        using var surface = SKSurface.Create(new SKImageInfo(400, 60));
        var text = new CardText(_fonts);

        var drawn = text.Draw(surface.Canvas, string.Concat(Enumerable.Repeat("Maximilian ", 40)), 0, 40, 32, SKColors.White, 300);

        Assert.InRange(drawn, 100, 300);
    }

    [Fact]
    public void Paint_IsAPngOfTheCardSize()
    {
        var png = ProfileCardPainter.Paint(Card("سارة 2024 محمد 🎉"), new CardText(_fonts));
        if (Environment.GetEnvironmentVariable("COMMUNITYBOT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "profile-card-arabic.png"), png); // to be looked at
        }

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((ProfileCardPainter.Width, ProfileCardPainter.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Profile_ThroughTheBot_AttachesTheCardAndKeepsTheText()
    {
        await using var store = await new StoreFixture(Now, s => s.AddPictures()).StartAsync();
        var events = new Events(Now, "c1", "test");
        await store.Get<Core.Ingest.IIngestQueue>().StoreAsync([events.Message("u1", TimeSpan.FromHours(2), "hello there")], CancellationToken.None);

        var reply = await store.Get<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "c1", "general", "u1", "Ann", MemberRole.Member, "/profile"), CancellationToken.None);

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Files.Count == 1, reply.Text);
        var card = reply.Files[0];
        Assert.True(card.IsImage);
        using var bitmap = SKBitmap.Decode(card.Content);
        Assert.Equal(ProfileCardPainter.Width, bitmap.Width);
        Assert.Contains("level", reply.Text, StringComparison.Ordinal); // the text stays for screen readers and clients without images
    }

    [Fact]
    public async Task Leaderboard_CommandAttachesTheBoardCard_PagingButtonsAnswerInText()
    {
        await using var store = await new StoreFixture(Now, s => s.AddPictures()).StartAsync();
        var events = new Events(Now, "c1", "test");
        await store.Get<Core.Ingest.IIngestQueue>().StoreAsync(
            [.. Enumerable.Range(0, 14).Select(i => events.Message("u" + i, TimeSpan.FromHours(1 + i), "message " + i))], CancellationToken.None);
        var dispatcher = store.Get<CommandDispatcher>();

        var reply = await dispatcher.DispatchAsync(new CommandRequest("test", "c1", "general", "u13", "U13", MemberRole.Member, "/leaderboard all"), CancellationToken.None);
        var paged = await dispatcher.PressAsync(new ButtonPress("test", "c1", "general", "u13", "U13", MemberRole.Member, "lb:all:2"), CancellationToken.None);

        var page = Assert.IsType<Core.Leaderboards.LeaderboardPage>(reply.Data);
        Assert.Equal(10, page.Entries.Count);
        var card = Assert.Single(reply.Files);
        using var bitmap = SKBitmap.Decode(card.Content);
        Assert.Equal((LeaderboardCardPainter.Width, LeaderboardCardPainter.HeightFor(page)), (bitmap.Width, bitmap.Height));
        Assert.Contains("#1 ", reply.Text, StringComparison.Ordinal);
        Assert.Empty(paged.Files);
        Assert.Contains("Page 2/2", paged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ForModerators_AttachesTheFourChartsOnOnePicture()
    {
        await using var store = await new StoreFixture(Now, s => s.AddPictures()).StartAsync();
        var events = new Events(Now, "c1", "test");
        await store.Get<Core.Ingest.IIngestQueue>().StoreAsync(
            [.. Enumerable.Range(0, 8).Select(i => events.Message("u" + i, TimeSpan.FromHours(1 + i), "message " + i))], CancellationToken.None);
        await store.Get<Core.Engagement.ActivitySnapshotter>().SnapshotAsync("c1", CancellationToken.None);

        var reply = await store.Get<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "c1", "general", "mod", "Mod", MemberRole.Moderator, "/stats"), CancellationToken.None);

        var charts = Assert.Single(reply.Files);
        Assert.Equal("stats.png", charts.Name);
        using var bitmap = SKBitmap.Decode(charts.Content);
        Assert.Equal((StatsChartPainter.ChartWidth * 2, StatsChartPainter.ChartHeight * StatsChartPainter.Rows), (bitmap.Width, bitmap.Height));
        Assert.Contains("Community activity I", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFonts_NoCard_TextOnly()
    {
        using var empty = new TempFolder();
        using var renderer = new SkiaCardRenderer(Options.Create(new PictureOptions { FontFolders = [empty.Path] }), NullLogger<SkiaCardRenderer>.Instance);

        Assert.Null(renderer.ProfileCard(Card("Ann")));
    }

    private static ProfileCard Card(string name) =>
        new("u1", name, 9, "Helper", 4_576, 4_125, 4_675, 0.95, 0.97, 1, 0.98, new Weights(), 2, 35);
}
