using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CrmUserId = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CrmUserId = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConflictWinner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IntervalSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    CrmViewId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GoogleGroup = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FieldMappingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DeletionPolicy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MassDeleteThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstRunCap = table.Column<int>(type: "INTEGER", nullable: false),
                    LaterRunsCap = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnforceOneWay = table.Column<bool>(type: "INTEGER", nullable: false),
                    CrmGoogleRefField = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_CreatedUtc",
                table: "ApiKeys",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CrmUserId",
                table: "Plans",
                column: "CrmUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_NormalizedName",
                table: "Plans",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
