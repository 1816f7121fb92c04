using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ContactSync.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CrmUserId = table.Column<string>(type: "text", maxLength: 30, nullable: false, collation: "C"),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SecretSalt = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeHints",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "text", maxLength: 10, nullable: false, collation: "C"),
                    RecordId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeHints", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "Connections",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SettingsJson = table.Column<string>(type: "jsonb", nullable: false),
                    ProtectedSecrets = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Connections", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "GooglePolls",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    NextPollUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IntervalTicks = table.Column<long>(type: "bigint", nullable: false),
                    PollToken = table.Column<string>(type: "text", maxLength: 2000, nullable: true, collation: "C"),
                    BaseToken = table.Column<string>(type: "text", maxLength: 2000, nullable: true, collation: "C"),
                    LastPollUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastChangeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GooglePolls", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "NotificationReceipts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationReceipts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "PendingCreates",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    GoogleResourceName = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "text", maxLength: 320, nullable: false, collation: "C"),
                    LastName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FirstName = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCreates", x => new { x.PlanId, x.GoogleResourceName });
                });

            migrationBuilder.CreateTable(
                name: "PlanLeases",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Holder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    RunId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanLeases", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    NormalizedName = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    CrmUserId = table.Column<string>(type: "text", maxLength: 30, nullable: false, collation: "C"),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConflictWinner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IntervalSeconds = table.Column<long>(type: "bigint", nullable: true),
                    CrmViewId = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    GoogleGroup = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    FieldMappingsJson = table.Column<string>(type: "jsonb", nullable: false),
                    DeletionPolicy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MassDeleteThreshold = table.Column<int>(type: "integer", nullable: false),
                    FirstRunCap = table.Column<int>(type: "integer", nullable: false),
                    LaterRunsCap = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    EnforceOneWay = table.Column<bool>(type: "boolean", nullable: false),
                    CrmGoogleRefField = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    NearRealTime = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    GoogleGroupAssigned = table.Column<bool>(type: "boolean", nullable: false),
                    GoogleAccount = table.Column<string>(type: "text", maxLength: 320, nullable: false, defaultValue: "", collation: "C"),
                    GoogleAccountAssigned = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaChunks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Holder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    StartTicks = table.Column<long>(type: "bigint", nullable: false),
                    EndTicks = table.Column<long>(type: "bigint", nullable: false),
                    CountsUntilTicks = table.Column<long>(type: "bigint", nullable: false),
                    Units = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaChunks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaHolders",
                columns: table => new
                {
                    Holder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    AliveUntilTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaHolders", x => x.Holder);
                });

            migrationBuilder.CreateTable(
                name: "QuotaKeys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Limit = table.Column<long>(type: "bigint", nullable: false),
                    WindowTicks = table.Column<long>(type: "bigint", nullable: false),
                    PausedUntilTicks = table.Column<long>(type: "bigint", nullable: false),
                    Factor = table.Column<double>(type: "double precision", nullable: false),
                    FactorSinceTicks = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaKeys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "QuotaSlots",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Holder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Slots = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaSlots", x => new { x.Key, x.Holder });
                });

            migrationBuilder.CreateTable(
                name: "RecordFailures",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "text", maxLength: 10, nullable: false, collation: "C"),
                    RecordId = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "text", maxLength: 320, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CrmId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    GoogleResourceName = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Retries = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    FailedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Field = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    ExpectedType = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    DuplicateRecordId = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    DuplicateOwner = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFailures", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "Replicas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    SchemaVersion = table.Column<int>(type: "integer", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Replicas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RunErrors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "text", maxLength: 10, nullable: false, collation: "C"),
                    RecordId = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "text", maxLength: 320, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Retries = table.Column<int>(type: "integer", nullable: false),
                    FailedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Field = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    ExpectedType = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    DuplicateRecordId = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    DuplicateOwner = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    Note = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchemaInfo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OldestCompatibleVersion = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemaInfo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeenRecords",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "text", maxLength: 10, nullable: false, collation: "C"),
                    RecordId = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "text", maxLength: 320, nullable: false, collation: "C"),
                    CrossRef = table.Column<string>(type: "text", maxLength: 120, nullable: true, collation: "C"),
                    InScope = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeenRecords", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "SyncCursors",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Initialized = table.Column<bool>(type: "boolean", nullable: false),
                    CrmWatermarkUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CrmDeletedWatermarkUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GoogleSyncToken = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Backlog = table.Column<long>(type: "bigint", nullable: false),
                    RoomWaitSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RoomWaiting = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncCursors", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "SyncLinks",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    CrmId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    GoogleResourceName = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    GoogleEtag = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    GoogleState = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "text", maxLength: 320, nullable: false, collation: "C"),
                    Detached = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncLinks", x => new { x.PlanId, x.CrmId });
                });

            migrationBuilder.CreateTable(
                name: "SyncRuns",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Trigger = table.Column<string>(type: "text", maxLength: 20, nullable: false, collation: "C"),
                    Full = table.Column<bool>(type: "boolean", nullable: false),
                    DryRun = table.Column<bool>(type: "boolean", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "text", maxLength: 30, nullable: false, collation: "C"),
                    Phase = table.Column<string>(type: "text", maxLength: 30, nullable: false, collation: "C"),
                    Processed = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    CrmCreated = table.Column<int>(type: "integer", nullable: false),
                    CrmUpdated = table.Column<int>(type: "integer", nullable: false),
                    CrmDeleted = table.Column<int>(type: "integer", nullable: false),
                    CrmFailed = table.Column<int>(type: "integer", nullable: false),
                    GoogleCreated = table.Column<int>(type: "integer", nullable: false),
                    GoogleUpdated = table.Column<int>(type: "integer", nullable: false),
                    GoogleDeleted = table.Column<int>(type: "integer", nullable: false),
                    GoogleFailed = table.Column<int>(type: "integer", nullable: false),
                    Conflicts = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    Backlog = table.Column<long>(type: "bigint", nullable: false),
                    CrmCalls = table.Column<int>(type: "integer", nullable: false),
                    GoogleCalls = table.Column<int>(type: "integer", nullable: false),
                    RetriedCalls = table.Column<int>(type: "integer", nullable: false),
                    BackoffMs = table.Column<long>(type: "bigint", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false),
                    Holder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Notes = table.Column<int>(type: "integer", nullable: false),
                    ConditionsJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Interrupted = table.Column<bool>(type: "boolean", nullable: false),
                    GoogleAccount = table.Column<string>(type: "text", maxLength: 320, nullable: false, defaultValue: "", collation: "C"),
                    PredictedDurationMs = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WatchChannels",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    ChannelId = table.Column<long>(type: "bigint", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    NotifyUrl = table.Column<string>(type: "text", maxLength: 2000, nullable: false, collation: "C"),
                    State = table.Column<string>(type: "text", maxLength: 20, nullable: false, collation: "C"),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RenewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastNotificationUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C"),
                    ClaimHolder = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchChannels", x => x.PlanId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_CreatedUtc",
                table: "ApiKeys",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationReceipts_ReceivedUtc",
                table: "NotificationReceipts",
                column: "ReceivedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CrmUserId",
                table: "Plans",
                column: "CrmUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_GoogleGroup",
                table: "Plans",
                column: "GoogleGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_NormalizedName",
                table: "Plans",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuotaChunks_CountsUntilTicks",
                table: "QuotaChunks",
                column: "CountsUntilTicks");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaChunks_Key_CountsUntilTicks",
                table: "QuotaChunks",
                columns: new[] { "Key", "CountsUntilTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_RunErrors_PlanId",
                table: "RunErrors",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_RunErrors_RunId",
                table: "RunErrors",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_SeenRecords_PlanId_Side_CrossRef",
                table: "SeenRecords",
                columns: new[] { "PlanId", "Side", "CrossRef" });

            migrationBuilder.CreateIndex(
                name: "IX_SeenRecords_PlanId_Side_Email",
                table: "SeenRecords",
                columns: new[] { "PlanId", "Side", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncLinks_PlanId_GoogleResourceName",
                table: "SyncLinks",
                columns: new[] { "PlanId", "GoogleResourceName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_PlanId_StartUtc",
                table: "SyncRuns",
                columns: new[] { "PlanId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WatchChannels_ChannelId",
                table: "WatchChannels",
                column: "ChannelId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "ChangeHints");

            migrationBuilder.DropTable(
                name: "Connections");

            migrationBuilder.DropTable(
                name: "GooglePolls");

            migrationBuilder.DropTable(
                name: "NotificationReceipts");

            migrationBuilder.DropTable(
                name: "PendingCreates");

            migrationBuilder.DropTable(
                name: "PlanLeases");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "QuotaChunks");

            migrationBuilder.DropTable(
                name: "QuotaHolders");

            migrationBuilder.DropTable(
                name: "QuotaKeys");

            migrationBuilder.DropTable(
                name: "QuotaSlots");

            migrationBuilder.DropTable(
                name: "RecordFailures");

            migrationBuilder.DropTable(
                name: "Replicas");

            migrationBuilder.DropTable(
                name: "RunErrors");

            migrationBuilder.DropTable(
                name: "SchemaInfo");

            migrationBuilder.DropTable(
                name: "SeenRecords");

            migrationBuilder.DropTable(
                name: "SyncCursors");

            migrationBuilder.DropTable(
                name: "SyncLinks");

            migrationBuilder.DropTable(
                name: "SyncRuns");

            migrationBuilder.DropTable(
                name: "WatchChannels");
        }
    }
}
