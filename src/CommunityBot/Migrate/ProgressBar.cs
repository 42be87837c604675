using System.Globalization;

namespace CommunityBot.Migrate;

/// <summary>A one-line progress bar on a terminal; on a pipe or file, a line at every tenth, so logs stay short.</summary>
internal sealed class ProgressBar(TextWriter writer, string label, long total)
{
    private const int Width = 30;
    private readonly bool _terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
    private int _lastTenth = -1;

    public void Report(long done)
    {
        var share = total == 0 ? 1 : Math.Min(1, (double)done / total);
        if (_terminal)
        {
            var filled = (int)(share * Width);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done:N0}/{total:N0} {share:P0}"));
            return;
        }
        var tenth = (int)(share * 10);
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {done:N0}/{total:N0} ({share:P0})"));
        }
    }

    public void Done()
    {
        if (_terminal)
        {
            writer.WriteLine();
        }
    }
}
