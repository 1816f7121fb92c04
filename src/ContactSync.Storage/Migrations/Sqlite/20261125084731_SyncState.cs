using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingCreates",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GoogleResourceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCreates", x => new { x.PlanId, x.GoogleResourceName });
                });

            migrationBuilder.CreateTable(
                name: "PlanLeases",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanLeases", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "RecordFailures",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    CrmId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GoogleResourceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Retries = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FailedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordFailures", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "RunErrors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Retries = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeenRecords",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    CrossRef = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    InScope = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeenRecords", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "SyncCursors",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Initialized = table.Column<bool>(type: "INTEGER", nullable: false),
                    CrmWatermarkUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CrmDeletedWatermarkUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GoogleSyncToken = table.Column<string>(type: "TEXT", nullable: true),
                    Backlog = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncCursors", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "SyncLinks",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CrmId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GoogleResourceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    GoogleEtag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GoogleState = table.Column<string>(type: "TEXT", nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Detached = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncLinks", x => new { x.PlanId, x.CrmId });
                });

            migrationBuilder.CreateTable(
                name: "SyncRuns",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Full = table.Column<bool>(type: "INTEGER", nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Processed = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    CrmCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    CrmUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    CrmDeleted = table.Column<int>(type: "INTEGER", nullable: false),
                    CrmFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    GoogleCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    GoogleUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    GoogleDeleted = table.Column<int>(type: "INTEGER", nullable: false),
                    GoogleFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    Conflicts = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    Backlog = table.Column<long>(type: "INTEGER", nullable: false),
                    CrmCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    GoogleCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    RetriedCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    BackoffMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRuns", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingCreates");

            migrationBuilder.DropTable(
                name: "PlanLeases");

            migrationBuilder.DropTable(
                name: "RecordFailures");

            migrationBuilder.DropTable(
                name: "RunErrors");

            migrationBuilder.DropTable(
                name: "SeenRecords");

            migrationBuilder.DropTable(
                name: "SyncCursors");

            migrationBuilder.DropTable(
                name: "SyncLinks");

            migrationBuilder.DropTable(
                name: "SyncRuns");
        }
    }
}
