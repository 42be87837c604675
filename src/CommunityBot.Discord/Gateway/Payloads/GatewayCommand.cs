namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>A frame the client sends: opcode and data.</summary>
internal sealed record GatewayCommand<T>(int Op, T D);
