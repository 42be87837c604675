using CommunityBot.Core.Commands;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Pictures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Pictures;

/// <summary>Cards drawn in-process with SkiaSharp. Without fonts it warns once and answers with text alone.</summary>
public sealed partial class SkiaCardRenderer : ICardRenderer, IDisposable
{
    private readonly Lazy<FontLibrary?> _fonts;
    private readonly bool _enabled;

    public SkiaCardRenderer(IOptions<PictureOptions> options, ILogger<SkiaCardRenderer> logger)
    {
        _enabled = options.Value.Enabled;
        _fonts = new Lazy<FontLibrary?>(() =>
        {
            var fonts = FontLibrary.Load(options.Value.FontFolders);
            if (fonts is null)
            {
                LogNoFonts(logger, string.Join(", ", options.Value.FontFolders));
            }
            return fonts;
        });
    }

    public ReplyFile? ProfileCard(ProfileCard card) => Card("profile.png", text => ProfileCardPainter.Paint(card, text));

    public ReplyFile? LeaderboardCard(LeaderboardPage page, LeaderboardPeriod period, string title, string? me) =>
        Card("leaderboard.png", text => LeaderboardCardPainter.Paint(page, period, title, me, text));

    public ReplyFile? StatsCharts(StatsCharts charts) =>
        Fonts is { } fonts ? new ReplyFile("stats.png", StatsChartPainter.Paint(charts, fonts)) : null;

    private ReplyFile? Card(string name, Func<CardText, byte[]> paint)
    {
        if (Fonts is not { } fonts)
        {
            return null;
        }
        using var text = new CardText(fonts);
        return new ReplyFile(name, paint(text));
    }

    private FontLibrary? Fonts => _enabled ? _fonts.Value : null;

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value?.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No card fonts found in {Folders} (Pictures:FontFolders); replies go out as text only. On Debian: apt-get install fonts-noto-core fonts-droid-fallback fonts-noto-color-emoji")]
    private static partial void LogNoFonts(ILogger logger, string folders);
}
