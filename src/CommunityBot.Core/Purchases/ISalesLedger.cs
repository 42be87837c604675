namespace CommunityBot.Core.Purchases;

/// <summary>Every sale the shop reported per community, kept once per shop event id, and the community's webhook secret.</summary>
public interface ISalesLedger
{
    /// <summary>False when a sale with this event id is already recorded (a replay): nothing is written then.</summary>
    Task<bool> TryRecordAsync(string community, Sale sale, CancellationToken ct);

    Task<IReadOnlyList<Sale>> ListAsync(string community, CancellationToken ct);

    Task<string?> SecretAsync(string community, CancellationToken ct);

    Task SetSecretAsync(string community, string secret, CancellationToken ct);
}
