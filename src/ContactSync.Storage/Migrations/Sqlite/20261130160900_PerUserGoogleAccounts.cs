using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactSync.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerUserGoogleAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GoogleAccount",
                table: "SyncRuns",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GoogleAccount",
                table: "Plans",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "GoogleAccountAssigned",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Plans of a single-account setup keep syncing the account they synced: the service account's impersonated user,
            // stored explicitly (the connection's settings are clear JSON, written camelCase). With a refresh token the account
            // is unknown to the server, so the plans keep "" (the connection's default credential, which the refresh token
            // stored then becomes). An admin chose that account for every plan, so each plan starts with it assigned.
            migrationBuilder.Sql(
                """
                UPDATE Plans SET GoogleAccountAssigned = 1,
                    GoogleAccount = COALESCE((
                        SELECT lower(trim(json_extract(c.SettingsJson, '$.impersonatedUser')))
                        FROM Connections c
                        WHERE c.Kind = 'Google' AND json_extract(c.SettingsJson, '$.credentialType') = 'service_account'), '');
                """);
            migrationBuilder.Sql(
                """
                UPDATE SyncRuns SET GoogleAccount = COALESCE((SELECT p.GoogleAccount FROM Plans p WHERE p.Id = SyncRuns.PlanId), '');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite's own ALTER TABLE DROP COLUMN, not EF's table rebuild: the rebuild follows the previous migration's model,
            // and Hardening's designer lacks the columns of RunConditionsAndErrorDetails (the two were made side by side), so a
            // rebuild would drop SyncRuns.ConditionsJson, SyncRuns.Notes and the error details with their data.
            migrationBuilder.Sql("ALTER TABLE SyncRuns DROP COLUMN GoogleAccount;");
            migrationBuilder.Sql("ALTER TABLE Plans DROP COLUMN GoogleAccount;");
            migrationBuilder.Sql("ALTER TABLE Plans DROP COLUMN GoogleAccountAssigned;");
        }
    }
}
