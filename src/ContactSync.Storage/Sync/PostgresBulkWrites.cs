using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ContactSync.Storage.Sync;

/// <summary>
/// The PostgreSQL path of a committed batch's bulk writes: one statement per table and batch, its rows passed as arrays
/// and spread with <c>unnest</c>, inside the batch's transaction. EF Core writes one <c>INSERT</c>/<c>UPDATE</c> per row,
/// which SQLite (in the server process) does in microseconds, but which costs PostgreSQL a parse, a plan and an execution
/// each: a 10,000-contact first sync sent 20,000 of them. Same results as the provider-neutral path (the store contract
/// runs on both).
/// </summary>
internal static class PostgresBulkWrites
{
    private const string UpsertLinksSql =
        """
        INSERT INTO "SyncLinks" ("PlanId", "CrmId", "GoogleResourceName", "GoogleEtag", "GoogleState", "SnapshotJson", "Email", "Detached")
        SELECT @plan, v.crm, v.name, v.etag, v.state, v.snapshot, v.email, v.detached
        FROM unnest(@crm, @name, @etag, @state, @snapshot, @email, @detached) AS v(crm, name, etag, state, snapshot, email, detached)
        ON CONFLICT ("PlanId", "CrmId") DO UPDATE SET
            "GoogleResourceName" = EXCLUDED."GoogleResourceName", "GoogleEtag" = EXCLUDED."GoogleEtag",
            "GoogleState" = EXCLUDED."GoogleState", "SnapshotJson" = EXCLUDED."SnapshotJson",
            "Email" = EXCLUDED."Email", "Detached" = EXCLUDED."Detached"
        """;

    /// <summary>
    /// A Google contact belongs to one pair: rows holding one of the batch's Google contacts under another CRM id go first
    /// (also the batch's own rows whose Google contact changes: they are written again by the upsert), so the unique index
    /// on the Google name never sees two holders. The candidates come from that index (<c>= ANY</c>); a join with the
    /// unnested pairs was planned as a scan of the plan's links.
    /// </summary>
    private const string RemoveOtherHoldersSql =
        """
        DELETE FROM "SyncLinks" AS l
        WHERE l."PlanId" = @plan AND l."GoogleResourceName" = ANY(@name)
          AND (l."CrmId", l."GoogleResourceName") NOT IN (SELECT v.crm, v.name FROM unnest(@crm, @name) AS v(crm, name))
        """;

    private const string UpsertSeenSql =
        """
        INSERT INTO "SeenRecords" ("PlanId", "Side", "RecordId", "Email", "CrossRef", "InScope")
        SELECT @plan, @side, v.id, v.email, v.crossref, v.inscope
        FROM unnest(@id, @email, @crossref, @inscope) AS v(id, email, crossref, inscope)
        ON CONFLICT ("PlanId", "Side", "RecordId") DO UPDATE SET
            "Email" = EXCLUDED."Email", "CrossRef" = EXCLUDED."CrossRef", "InScope" = EXCLUDED."InScope"
        """;

    private const string AddPendingSql =
        """
        INSERT INTO "PendingCreates" ("PlanId", "GoogleResourceName", "Email", "LastName", "FirstName")
        SELECT @plan, v.name, v.email, v.last, v.first
        FROM unnest(@name, @email, @last, @first) AS v(name, email, last, first)
        ON CONFLICT ("PlanId", "GoogleResourceName") DO NOTHING
        """;

    /// <summary>Inserts or replaces <paramref name="links"/> (one per CRM id, the last wins).</summary>
    public static async Task UpsertLinksAsync(ContactSyncDbContext db, string planId, IReadOnlyCollection<SyncLink> links, CancellationToken cancellationToken)
    {
        var crm = links.Select(l => l.CrmId).ToArray();
        var names = links.Select(l => l.GoogleResourceName).ToArray();
        await db.Database.ExecuteSqlRawAsync(RemoveOtherHoldersSql, [Text("plan", planId), Texts("crm", crm), Texts("name", names)], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            UpsertLinksSql,
            [
                Text("plan", planId), Texts("crm", crm), Texts("name", names),
                Texts("etag", links.Select(l => l.GoogleEtag)), Texts("state", links.Select(l => l.GoogleState)),
                Texts("snapshot", links.Select(l => SnapshotJson.Serialize(l.Snapshot))), Texts("email", links.Select(l => l.Email)),
                Booleans("detached", links.Select(l => l.Detached)),
            ],
            cancellationToken);
    }

    /// <summary>Inserts or replaces the seen records of one side (one per record id, the last wins).</summary>
    public static async Task UpsertSeenAsync(ContactSyncDbContext db, string planId, string side, IReadOnlyCollection<SeenRecord> seen, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(
            UpsertSeenSql,
            [
                Text("plan", planId), Text("side", side), Texts("id", seen.Select(s => s.Id)), Texts("email", seen.Select(s => s.Email)),
                Texts("crossref", seen.Select(s => s.CrossRef)), Booleans("inscope", seen.Select(s => s.InScope)),
            ],
            cancellationToken);

    /// <summary>Adds the intents not recorded yet (one per Google contact); a recorded intent is kept as it is.</summary>
    public static async Task AddPendingAsync(ContactSyncDbContext db, string planId, IReadOnlyCollection<PendingCrmCreate> intents, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(
            AddPendingSql,
            [
                Text("plan", planId), Texts("name", intents.Select(p => p.GoogleResourceName)), Texts("email", intents.Select(p => p.Email)),
                Texts("last", intents.Select(p => p.LastName)), Texts("first", intents.Select(p => p.FirstName)),
            ],
            cancellationToken);

    private static NpgsqlParameter Text(string name, string value) => new(name, NpgsqlDbType.Text) { Value = value };

    private static NpgsqlParameter Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter Booleans(string name, IEnumerable<bool> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = values.ToArray() };
}
