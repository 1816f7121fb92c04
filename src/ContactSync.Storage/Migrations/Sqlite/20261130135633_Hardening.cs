using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Interrupted",
                table: "SyncRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "GoogleGroupAssigned",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "SecretSalt",
                table: "ApiKeys",
                type: "BLOB",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_GoogleGroup",
                table: "Plans",
                column: "GoogleGroup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_GoogleGroup",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Interrupted",
                table: "SyncRuns");

            migrationBuilder.DropColumn(
                name: "GoogleGroupAssigned",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "SecretSalt",
                table: "ApiKeys");
        }
    }
}
