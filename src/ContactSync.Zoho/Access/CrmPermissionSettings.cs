namespace ContactSync.Zoho.Access;

/// <summary>Settings of the S10 permission check (section <c>ContactSync:Permissions</c>).</summary>
public sealed class CrmPermissionSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ContactSync:Permissions";

    /// <summary>The label Zoho's help gives the profile permission of its own Google Contacts sync.</summary>
    public const string DefaultGoogleSyncPermission = "Sync with Google Contacts";

    /// <summary>
    /// The Google-sync integration permission, matched against the <c>name</c> or <c>display_label</c> of the profile's
    /// <c>permissions_details</c> (case-insensitive). Zoho documents it only by its label, not by an API name, so it is
    /// enforced only where the profile lists it: listed and disabled → denied; not listed → not checked. Empty: never checked.
    /// </summary>
    public string GoogleSyncPermission { get; set; } = DefaultGoogleSyncPermission;
}
