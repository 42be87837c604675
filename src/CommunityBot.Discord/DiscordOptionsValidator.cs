using Microsoft.Extensions.Options;

namespace CommunityBot.Discord;

[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
