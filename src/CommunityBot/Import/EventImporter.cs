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

    /// <summary>Streams the export a message at a time (constant memory); a cut-off file imports what is complete.</summary>
    private async Task ImportExportAsync(string file, string format, string? community, ImportRun run, CancellationToken ct)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var size = stream.Length;
        var items = ExportStream.Read(stream, bytes => run.Position(bytes, size));
        var records = format == ImportFormat.DiscordExport ? DiscordExportReader.Read(items, community) : TelegramExportReader.Read(items, community);
        var batch = new List<ActivityEvent>(BatchSize);
        foreach (var record in records)
        {
            ct.ThrowIfCancellationRequested();
            if (record.Parsed.Event is { } e)
            {
                batch.Add(e);
                if (batch.Count == BatchSize)
                {
                    run.Stored(await ingest.StoreAsync(batch, ct), batch.Count);
                    batch = new List<ActivityEvent>(BatchSize);
                }
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
        private (long Bytes, long Size) _file;

        /// <summary>How far into the current file the reading is, for the progress line.</summary>
        public void Position(long bytes, long size) => _file = (bytes, size);

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
                var share = _file.Size > 0 ? $"{Math.Min(1, (double)_file.Bytes / _file.Size):P0} of the file, " : "";
                progress.WriteLine($"  … {share}{_read:N0} records read, {_stored:N0} stored ({_read / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N0} records/s)");
            }
        }

        public ImportSummary Summary() => new(_read, _stored, _duplicates, _rejected, _rejectedCount, _clock.Elapsed) { Skipped = _skipped };
    }
}
