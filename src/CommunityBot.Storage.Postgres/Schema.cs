namespace CommunityBot.Storage.Postgres;

/// <summary>
/// The schema as numbered migrations, applied in order at start (<see cref="PostgresDatabase"/>). A migration, once
/// released, is never edited: a change is a new one at the end.
/// </summary>
internal static class Schema
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            -- Events keyed by their natural key (EventKey): two instances storing one event store it once.
            CREATE TABLE events (
                key text PRIMARY KEY,
                community text NOT NULL,
                platform text NOT NULL,
                at bigint NOT NULL,               -- UTC ticks: the exact instant, as scoring orders by it
                kind smallint NOT NULL,
                member text NOT NULL,
                member_name text,
                is_bot boolean NOT NULL,
                channel text NOT NULL,
                message_id text,
                reply_to text,
                body text,                        -- raw text, blanked after the retention window
                length integer NOT NULL,
                mentions text[] NOT NULL,
                attachments integer NOT NULL,
                thread_start boolean NOT NULL,
                emoji text,
                course text,
                detail text,
                value double precision NOT NULL,
                nonce text
            );
            CREATE INDEX events_at ON events (at);
            CREATE INDEX events_community_at ON events (community, at);
            CREATE INDEX events_community_message ON events (community, message_id) WHERE message_id IS NOT NULL;
            CREATE INDEX events_community_member ON events (community, member);

            -- Per community: its event count and platforms, kept in the transaction that stores the events.
            CREATE TABLE communities (
                community text PRIMARY KEY,
                events bigint NOT NULL,
                platforms text[] NOT NULL
            );

            -- Every other port: small JSON documents by kind, community and id; seq keeps write order.
            CREATE TABLE docs (
                kind text NOT NULL,
                community text NOT NULL,
                id text NOT NULL,
                body jsonb NOT NULL,
                seq bigserial,
                PRIMARY KEY (kind, community, id)
            );
            """),
        (2, QuartzTables.Script()),
        (3, """
            -- Rate limits shared by every instance (Discord's IDENTIFY buckets): the next free slot per bucket.
            CREATE TABLE rate_slots (
                bucket text PRIMARY KEY,
                next_at timestamptz NOT NULL
            );
            """),
        (4, """
            -- Work claimed by one instance (IWorkClaims): a re-sent Telegram command that reaches another instance is
            -- answered once, and a missed job that two starting instances both find is caught up once.
            CREATE TABLE work_claims (
                key text PRIMARY KEY,
                claimed_at timestamptz NOT NULL DEFAULT clock_timestamp()
            );
            CREATE INDEX work_claims_claimed_at ON work_claims (claimed_at);
            """),
    ];
}
