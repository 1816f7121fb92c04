using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GoogleRoomWait : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RoomWaitSinceUtc",
                table: "SyncCursors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RoomWaiting",
                table: "SyncCursors",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RoomWaitSinceUtc",
                table: "SyncCursors");

            migrationBuilder.DropColumn(
                name: "RoomWaiting",
                table: "SyncCursors");
        }
    }
}
