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

    public ReplyFile? ProfileCard(ProfileCard card) =>
        Fonts is { } fonts ? new ReplyFile("profile.png", ProfileCardPainter.Paint(card, new CardText(fonts))) : null;

    public ReplyFile? LeaderboardCard(LeaderboardPage page, LeaderboardPeriod period, string title, string? me) =>
        Fonts is { } fonts ? new ReplyFile("leaderboard.png", LeaderboardCardPainter.Paint(page, period, title, me, new CardText(fonts))) : null;

    public ReplyFile? StatsCharts(StatsCharts charts) =>
        Fonts is { } fonts ? new ReplyFile("stats.png", StatsChartPainter.Paint(charts, fonts)) : null;

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
