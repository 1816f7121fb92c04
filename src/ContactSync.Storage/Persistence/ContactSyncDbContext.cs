using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// The ContactSync database model, shared by the providers: plans, API keys, links, snapshots, cursors, runs, errors,
/// leases, connections, the schema version and the live replicas. Entity configuration lives in
/// <c>Persistence/EntityConfigurations</c>, one class per entity; each provider is one sealed subclass
/// (<see cref="SqliteContactSyncDbContext"/>, <see cref="PostgresContactSyncDbContext"/>) that states the types that differ,
/// with its own design-time factory and migrations folder.
/// </summary>
/// <remarks>
/// After a model change add a migration for each provider (both commands are in the README) and move
/// <see cref="Schema.ContactSyncSchema"/> on. Migrations are applied at server start-up.
/// </remarks>
internal abstract class ContactSyncDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The provider and connection.</param>
    protected ContactSyncDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Sync plans.</summary>
    internal DbSet<PlanEntity> Plans => Set<PlanEntity>();

    /// <summary>API keys (hashed).</summary>
    internal DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    internal DbSet<SyncLinkEntity> SyncLinks => Set<SyncLinkEntity>();

    internal DbSet<SeenRecordEntity> SeenRecords => Set<SeenRecordEntity>();

    internal DbSet<RecordFailureEntity> RecordFailures => Set<RecordFailureEntity>();

    internal DbSet<PendingCreateEntity> PendingCreates => Set<PendingCreateEntity>();

    internal DbSet<SyncCursorEntity> SyncCursors => Set<SyncCursorEntity>();

    internal DbSet<SyncRunEntity> SyncRuns => Set<SyncRunEntity>();

    internal DbSet<RunErrorEntity> RunErrors => Set<RunErrorEntity>();

    internal DbSet<PlanLeaseEntity> PlanLeases => Set<PlanLeaseEntity>();

    /// <summary>Zoho CRM Watch channels of near-real-time plans.</summary>
    internal DbSet<WatchChannelEntity> WatchChannels => Set<WatchChannelEntity>();

    /// <summary>Changes near-real-time plans have not run for yet.</summary>
    internal DbSet<ChangeHintEntity> ChangeHints => Set<ChangeHintEntity>();

    /// <summary>Zoho notifications already received (for idempotence).</summary>
    internal DbSet<NotificationReceiptEntity> NotificationReceipts => Set<NotificationReceiptEntity>();

    /// <summary>Google sync-token polls of near-real-time plans.</summary>
    internal DbSet<GooglePollEntity> GooglePolls => Set<GooglePollEntity>();

    /// <summary>Zoho and Google connections (secrets protected).</summary>
    internal DbSet<ConnectionEntity> Connections => Set<ConnectionEntity>();

    /// <summary>The schema version the database was last migrated to, and the oldest server schema that may use it (one row).</summary>
    internal DbSet<SchemaInfoEntity> SchemaInfo => Set<SchemaInfoEntity>();

    /// <summary>The server processes using the database, with the schema version each runs (a heartbeat).</summary>
    internal DbSet<ReplicaEntity> Replicas => Set<ReplicaEntity>();

    /// <summary>Quotas shared by the servers: their limits, pauses and versions.</summary>
    internal DbSet<QuotaKeyEntity> QuotaKeys => Set<QuotaKeyEntity>();

    /// <summary>Chunks of rate quotas the servers took.</summary>
    internal DbSet<QuotaChunkEntity> QuotaChunks => Set<QuotaChunkEntity>();

    /// <summary>Concurrency slots the servers hold.</summary>
    internal DbSet<QuotaSlotEntity> QuotaSlots => Set<QuotaSlotEntity>();

    /// <summary>The servers sharing the quotas (heartbeats).</summary>
    internal DbSet<QuotaHolderEntity> QuotaHolders => Set<QuotaHolderEntity>();

    /// <summary>
    /// Whether a committed batch sends each table's rows in one statement (<c>Sync/PostgresBulkWrites</c>) instead of EF Core's
    /// statement per row: the provider's answer, so the sync-state code does not ask which provider it runs on.
    /// </summary>
    internal virtual bool WritesRowsInBulk => false;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContactSyncDbContext).Assembly);
    }
}
