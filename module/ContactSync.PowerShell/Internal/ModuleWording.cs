using System.Text.RegularExpressions;
using ContactSync.Client;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Puts the server's messages in the module's language: a field violation is named by the parameter that sets the
/// field (from the violation's field path, e.g. plan.conflict_winner → -ConflictWinner), and RPC names, proto field names
/// and proto enum spellings in the text become cmdlets, parameters and the module's enum values. Anything unknown is
/// left as the server wrote it.
/// </summary>
internal static class ModuleWording
{
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["plan"] = "the plan",
        ["plan.id"] = "-PlanId",
        ["plan_id"] = "-PlanId",
        ["plan.version"] = "the plan's version (read it again with Get-ContactSyncConfig)",
        ["plan.name"] = "-PlanName",
        ["plan.crm_user_id"] = "-CrmUser",
        ["plan.direction"] = "-Direction",
        ["plan.conflict_winner"] = "-ConflictWinner",
        ["plan.interval"] = "-Frequency",
        ["plan.crm_view_id"] = "-CrmView",
        ["plan.google_group"] = "-GoogleGroup",
        ["plan.field_mappings"] = "-FieldMap",
        ["plan.deletion"] = "-DeletePolicy",
        ["plan.deletion.policy"] = "-DeletePolicy",
        ["plan.deletion.mass_delete_threshold"] = "-MassDeleteThreshold",
        ["plan.caps"] = "-InitialCap/-IncrementalCap",
        ["plan.caps.first_run"] = "-InitialCap",
        ["plan.caps.later_runs"] = "-IncrementalCap",
        ["plan.enabled"] = "-Enabled",
        ["plan.enforce_one_way"] = "-EnforceOneWay",
        ["plan.crm_google_ref_field"] = "-CrmGoogleRefField",
        ["plan.near_real_time"] = "-NearRealTime",
        ["run_id"] = "-RunId",
        ["key_id"] = "-Id",
        ["name"] = "-Name",
        ["role"] = "-Role",
        ["crm_user_id"] = "-CrmUser",
        ["kind"] = "-Kind",
        ["connection"] = "-Zoho/-Google",
        ["zoho.data_center"] = "-DataCenter",
        ["zoho.accounts_url"] = "-AccountsUrl",
        ["zoho.api_url"] = "-ApiUrl",
        ["zoho.client_id"] = "-ClientId",
        ["zoho.client_secret"] = "-ClientSecret",
        ["zoho.refresh_token"] = "-RefreshToken",
        ["google.api_url"] = "-ApiUrl",
        ["google.token_url"] = "-TokenUrl",
        ["google.client_id"] = "-ClientId",
        ["google.client_secret"] = "-ClientSecret",
        ["google.refresh_token"] = "-RefreshToken",
        ["google.impersonated_user"] = "-ImpersonatedUser",
        ["google.service_account_json"] = "-ServiceAccountKeyPath (or -ServiceAccountKey)",
        ["google.credential"] = "-ServiceAccountKeyPath (with -ImpersonatedUser) or -RefreshToken (with -ClientId and -ClientSecret)",
    };

    private static readonly Dictionary<string, string> MappingFields = new(StringComparer.Ordinal)
    {
        ["crm_field"] = "CrmField",
        ["google_field"] = "GoogleField",
        ["direction"] = "Direction",
    };

    // Longest first, so "ListRunErrors" is replaced before "ListRuns" could match a part of it (whole words anyway).
    private static readonly (string Rpc, string Cmdlet)[] Rpcs =
    {
        ("SetConnection", "Set-ContactSyncConnection"), ("TestConnection", "Test-ContactSyncConnection"),
        ("GetConnections", "Get-ContactSyncConnection"), ("ListCrmViews", "Get-ContactSyncCrmView"),
        ("ListGoogleGroups", "Get-ContactSyncGoogleGroup"), ("ListFields", "Get-ContactSyncField"),
        ("ListRunErrors", "Get-ContactSyncRunError"), ("ListRuns", "Get-ContactSyncRun"), ("GetStatus", "Get-ContactSyncStatus"),
        ("RunSync", "Start-ContactSync"), ("WatchRun", "Wait-ContactSync"), ("CancelRun", "Stop-ContactSync"),
        ("GetConfig", "Get-ContactSyncConfig"), ("ListConfigs", "Get-ContactSyncConfig"), ("DeleteConfig", "Remove-ContactSyncConfig"),
        ("CreateApiKey", "New-ContactSyncApiKey"), ("RevokeApiKey", "Revoke-ContactSyncApiKey"), ("ListApiKeys", "Get-ContactSyncApiKey"),
    };

    private static readonly (string Proto, string Module)[] Words =
    {
        ("CRM or GOOGLE", "Crm or Google"),
        ("KEEP, PROPAGATE or QUARANTINE", "Keep, Propagate or Quarantine"),
        ("API_KEY_ROLE_ADMIN or API_KEY_ROLE_USER", "Admin or User"),
        ("SYNC_DIRECTION_CRM_TO_GOOGLE", "CrmToGoogle"), ("SYNC_DIRECTION_GOOGLE_TO_CRM", "GoogleToCrm"),
        ("SYNC_DIRECTION_BIDIRECTIONAL", "Bidirectional"),
        ("(transport Http2)", "(-Transport Http2)"), ("the GrpcWeb transport", "-Transport GrpcWeb"),
    };

    private static readonly Regex FieldMappingPath = new(@"^plan\.field_mappings\[(\d+)\]\.(\w+)$", RegexOptions.CultureInvariant);
    private static readonly Regex RpcWord = new(@"\b(call |calls? )?(" + string.Join("|", Rpcs.Select(r => r.Rpc)) + @")\b", RegexOptions.CultureInvariant);
    private static readonly Regex ProtoPath = new(@"\b(?:plan|zoho|google)\.[a-z_]+(?:\.[a-z_]+)?\b|\b[a-z]+(?:_[a-z]+)+\b", RegexOptions.CultureInvariant);

    /// <summary>The parameter (or thing) a violation's field path is about, e.g. "-ConflictWinner" or "-FieldMap entry 4 (GoogleField)".</summary>
    public static string Parameter(string fieldPath)
    {
        if (Parameters.TryGetValue(fieldPath, out var parameter))
        {
            return parameter;
        }

        var mapping = FieldMappingPath.Match(fieldPath);
        if (mapping.Success)
        {
            var entry = int.Parse(mapping.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            var part = MappingFields.TryGetValue(mapping.Groups[2].Value, out var name) ? name : mapping.Groups[2].Value;
            return $"-FieldMap entry {entry} ({part})";
        }

        return fieldPath;
    }

    /// <summary>The text with RPC names, proto field names and proto enum spellings in the module's terms.</summary>
    public static string Text(string text)
    {
        foreach (var (proto, module) in Words)
        {
            text = text.Replace(proto, module);
        }

        text = RpcWord.Replace(text, m =>
        {
            var cmdlet = Rpcs.First(r => r.Rpc == m.Groups[2].Value).Cmdlet;
            return m.Groups[1].Success ? "run " + cmdlet : cmdlet;
        });
        return ProtoPath.Replace(text, m => KnownField(m.Value) ?? m.Value);
    }

    /// <summary>The message of a failed call in the module's terms; each field violation on one line, named by its parameter.</summary>
    public static string Message(ContactSyncClientException exception)
    {
        var violations = exception.FieldViolations;
        if (violations.Count == 0)
        {
            return Text(exception.Message);
        }

        var lines = violations.Select(Line).ToList();
        if (exception.MoreViolationCount > 0)
        {
            lines.Add(ErrorRecords.Format("… and {0} more.", exception.MoreViolationCount));
        }

        return lines.Count == 1 ? lines[0] : "Not valid:" + Environment.NewLine + string.Join(Environment.NewLine, lines.Select(l => "  " + l));
    }

    /// <summary>One violation as "-Parameter: description".</summary>
    public static string Line(FieldViolationInfo violation) => Parameter(violation.Field) + ": " + Text(violation.Description);

    private static string? KnownField(string token)
    {
        if (Parameters.TryGetValue(token, out var parameter) && parameter.StartsWith("-", StringComparison.Ordinal))
        {
            return parameter;
        }

        // A bare proto field name inside a sentence ("unless both accounts_url and api_url are set").
        var match = Parameters.FirstOrDefault(p => p.Value.StartsWith("-", StringComparison.Ordinal)
            && p.Key.IndexOf('_') >= 0 && (p.Key == token || p.Key.EndsWith("." + token, StringComparison.Ordinal)));
        return match.Key is null ? null : match.Value;
    }
}
