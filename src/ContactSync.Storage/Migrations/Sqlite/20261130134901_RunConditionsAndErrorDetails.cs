using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunConditionsAndErrorDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConditionsJson",
                table: "SyncRuns",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Notes",
                table: "SyncRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DuplicateOwner",
                table: "RunErrors",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DuplicateRecordId",
                table: "RunErrors",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ExpectedType",
                table: "RunErrors",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Field",
                table: "RunErrors",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Note",
                table: "RunErrors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DuplicateOwner",
                table: "RecordFailures",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DuplicateRecordId",
                table: "RecordFailures",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ExpectedType",
                table: "RecordFailures",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Field",
                table: "RecordFailures",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConditionsJson",
                table: "SyncRuns");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "SyncRuns");

            migrationBuilder.DropColumn(
                name: "DuplicateOwner",
                table: "RunErrors");

            migrationBuilder.DropColumn(
                name: "DuplicateRecordId",
                table: "RunErrors");

            migrationBuilder.DropColumn(
                name: "ExpectedType",
                table: "RunErrors");

            migrationBuilder.DropColumn(
                name: "Field",
                table: "RunErrors");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "RunErrors");

            migrationBuilder.DropColumn(
                name: "DuplicateOwner",
                table: "RecordFailures");

            migrationBuilder.DropColumn(
                name: "DuplicateRecordId",
                table: "RecordFailures");

            migrationBuilder.DropColumn(
                name: "ExpectedType",
                table: "RecordFailures");

            migrationBuilder.DropColumn(
                name: "Field",
                table: "RecordFailures");
        }
    }
}
