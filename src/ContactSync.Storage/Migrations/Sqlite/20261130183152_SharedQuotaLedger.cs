using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedQuotaLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PredictedDurationMs",
                table: "SyncRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QuotaChunks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    EndTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    CountsUntilTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Units = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaChunks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaHolders",
                columns: table => new
                {
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AliveUntilTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaHolders", x => x.Holder);
                });

            migrationBuilder.CreateTable(
                name: "QuotaKeys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Limit = table.Column<long>(type: "INTEGER", nullable: false),
                    WindowTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    PausedUntilTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Factor = table.Column<double>(type: "REAL", nullable: false),
                    FactorSinceTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaKeys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "QuotaSlots",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slots = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaSlots", x => new { x.Key, x.Holder });
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuotaChunks_CountsUntilTicks",
                table: "QuotaChunks",
                column: "CountsUntilTicks");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaChunks_Key_CountsUntilTicks",
                table: "QuotaChunks",
                columns: new[] { "Key", "CountsUntilTicks" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuotaChunks");

            migrationBuilder.DropTable(
                name: "QuotaHolders");

            migrationBuilder.DropTable(
                name: "QuotaKeys");

            migrationBuilder.DropTable(
                name: "QuotaSlots");

            migrationBuilder.DropColumn(
                name: "PredictedDurationMs",
                table: "SyncRuns");
        }
    }
}
