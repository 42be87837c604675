using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Import;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Import;

/// <summary>
/// Streams JSONL files (or chat exports) through the real ingest queue in batches: a malformed line is recorded
/// with its number and reason and the rest of the file goes on; progress is printed on long files.
/// </summary>
public sealed class EventImporter(IIngestQueue ingest)
{
    private const int BatchSize = 5_000;

    public async Task<ImportSummary> ImportAsync(string path, string format, string? community, TextWriter progress, CancellationToken ct)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, ImportFormat.Pattern(format), SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No file or folder at '{path}'.", path);
        var run = new ImportRun(progress);
        foreach (var file in files)
        {
            if (format == ImportFormat.Jsonl)
            {
                await ImportFileAsync(file, community, run, ct);
            }
            else
            {
                await ImportExportAsync(file, format, community, run, ct);
            }
        }
        return run.Summary();
    }

    private async Task ImportExportAsync(string file, string format, string? community, ImportRun run, CancellationToken ct)
    {
        JsonDocument json;
        try
        {
            await using var stream = File.OpenRead(file);
            json = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        }
        catch (JsonException ex)
        {
            run.Reject(Path.GetFileName(file), 0, "not valid JSON: " + ex.Message.Split('.')[0]);
            return;
        }
        using (json)
        {
            var records = format == ImportFormat.DiscordExport
                ? DiscordExportReader.Read(json.RootElement, community)
                : TelegramExportReader.Read(json.RootElement, community);
            var batch = new List<ActivityEvent>(BatchSize);
            foreach (var record in records)
            {
                if (record.Parsed.Event is { } e)
                {
                    batch.Add(e);
                }
                else if (record.Parsed.Error is { } error)
                {
                    run.Reject(Path.GetFileName(file), record.Position, error, "message");
                }
                else if (record.Parsed.SkipNote is { } note)
                {
                    run.Skip(note);
                }
            }
            if (batch.Count > 0)
            {
                run.Stored(await ingest.StoreAsync(batch, ct), batch.Count);
            }
        }
    }

    private async Task ImportFileAsync(string file, string? community, ImportRun run, CancellationToken ct)
    {
        var batch = new List<ActivityEvent>(BatchSize);
        using var reader = new StreamReader(file);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            var parsed = JsonlEventParser.Parse(line, community);
            if (parsed.Error is not null)
            {
                run.Reject(Path.GetFileName(file), lineNumber, parsed.Error);
            }
            else if (parsed.Event is not null)
            {
                batch.Add(parsed.Event);
                if (batch.Count == BatchSize)
                {
                    run.Stored(await ingest.StoreAsync(batch, ct), batch.Count);
                    batch = new List<ActivityEvent>(BatchSize);
                }
            }
        }
        if (batch.Count > 0)
        {
            run.Stored(await ingest.StoreAsync(batch, ct), batch.Count);
        }
    }

    private sealed class ImportRun(TextWriter progress)
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly List<RejectedLine> _rejected = [];
        private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
        private long _read;
        private long _stored;
        private long _duplicates;
        private long _rejectedCount;
        private TimeSpan _lastReport;

        public void Reject(string file, long line, string reason, string unit = "line")
        {
            _read++;
            _rejectedCount++;
            if (_rejected.Count < ImportSummary.RejectionsKept)
            {
                _rejected.Add(new RejectedLine(file, line, reason, unit));
            }
        }

        public void Skip(string note) => _skipped[note] = _skipped.GetValueOrDefault(note) + 1;

        public void Stored(IngestResult result, int lines)
        {
            _read += lines;
            _stored += result.Stored;
            _duplicates += result.Duplicates;
            if (_clock.Elapsed - _lastReport >= TimeSpan.FromSeconds(2))
            {
                _lastReport = _clock.Elapsed;
                progress.WriteLine($"  … {_read:N0} lines read, {_stored:N0} stored ({_read / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N0} lines/s)");
            }
        }

        public ImportSummary Summary() => new(_read, _stored, _duplicates, _rejected, _rejectedCount, _clock.Elapsed) { Skipped = _skipped };
    }
}
