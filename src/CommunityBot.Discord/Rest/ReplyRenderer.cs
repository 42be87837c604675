using CommunityBot.Core.Commands;
using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Rest;

/// <summary>
/// Renders a neutral reply as a Discord message: the escaped text in an embed, buttons in action rows of at most 5,
/// files uploaded as files[n] (the first image shown in the embed), mentions always disabled.
/// </summary>
internal static class ReplyRenderer
{
    public const int EphemeralFlag = 64;
    private const int ButtonsPerRow = 5;
    private const int MaxRows = 5;
    private const int ErrorColor = 0xED4245;
    private const int InfoColor = 0x5865F2;

    public static (MessageCreate Message, IReadOnlyList<UploadFile> Files) Render(Reply reply, bool ephemeral)
    {
        var files = Uploads(reply.Files);
        var embed = new Embed
        {
            Title = reply.Title is { Length: > 0 } title ? DiscordMarkdown.Truncate(title, 256) : null,
            Description = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(reply.Text), 4096),
            Color = reply.IsError ? ErrorColor : InfoColor,
            Image = reply.Files.ToList().FindIndex(f => f.IsImage) is >= 0 and var image ? new EmbedImage("attachment://" + files[image].Name) : null,
        };
        var message = new MessageCreate
        {
            Embeds = [embed],
            Components = Rows(reply.Buttons),
            Attachments = files.Select((f, i) => new AttachmentRef(i, f.Name)).ToList(),
            Flags = ephemeral ? EphemeralFlag : null,
        };
        return (message, files);
    }

    private static List<ActionRow> Rows(IReadOnlyList<ReplyButton> buttons) =>
        buttons.Take(ButtonsPerRow * MaxRows)
            .Select(b => new ButtonComponent
            {
                Style = b.Url is null ? 1 : 5,
                Label = DiscordMarkdown.Truncate(b.Label, 80),
                CustomId = b.Url is null ? b.Action : null,
                Url = b.Url,
            })
            .Chunk(ButtonsPerRow)
            .Select(row => new ActionRow(row))
            .ToList();

    private static List<UploadFile> Uploads(IReadOnlyList<ReplyFile> replyFiles)
    {
        var files = new List<UploadFile>(replyFiles.Count);
        foreach (var file in replyFiles)
        {
            var name = file.Name;
            // attachment://name must point at exactly one upload.
            if (files.Any(f => f.Name == name))
            {
                name = $"{files.Count}-{name}";
            }
            files.Add(new UploadFile(name, file.Content));
        }
        return files;
    }
}
