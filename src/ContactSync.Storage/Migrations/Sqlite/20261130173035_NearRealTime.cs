using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NearRealTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NearRealTime",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ChangeHints",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeHints", x => new { x.PlanId, x.Side, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "GooglePolls",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NextPollUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IntervalTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    PollToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BaseToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastPollUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastChangeUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GooglePolls", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "NotificationReceipts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationReceipts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "WatchChannels",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RenewedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastNotificationUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ClaimHolder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchChannels", x => x.PlanId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationReceipts_ReceivedUtc",
                table: "NotificationReceipts",
                column: "ReceivedUtc");

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
                name: "ChangeHints");

            migrationBuilder.DropTable(
                name: "GooglePolls");

            migrationBuilder.DropTable(
                name: "NotificationReceipts");

            migrationBuilder.DropTable(
                name: "WatchChannels");

            migrationBuilder.DropColumn(
                name: "NearRealTime",
                table: "Plans");
        }
    }
}
