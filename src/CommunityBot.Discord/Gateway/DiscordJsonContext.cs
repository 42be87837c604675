using System.Text.Json.Serialization;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// The one source-generated serializer context for every Discord wire type (snake_case, nulls omitted, nullability
/// enforced). A received type's property with a default (<c>= []</c>) has a <c>set</c>, not an <c>init</c>: for a type
/// with required members the generator assigns every init property, absent ones too, which replaces the default by null.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)] // a null where we declared none is refused, so TolerantJson drops it to its default
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(MessageDeleteData))]
[JsonSerializable(typeof(ReactionData))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(GuildMemberRemoveData))]
[JsonSerializable(typeof(GuildCreateData))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(DmChannelCreate))]
[JsonSerializable(typeof(IReadOnlyList<DiscordMessage>))]
[JsonSerializable(typeof(IReadOnlyList<DiscordUser>))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(IReadOnlyList<DiscordRole>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
