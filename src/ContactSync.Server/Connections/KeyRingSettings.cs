namespace ContactSync.Server.Connections;

/// <summary>
/// Settings section <c>ContactSync:DataProtection</c>: how the Data Protection key ring (the keys that encrypt the stored
/// connection secrets) is itself protected. Without a certificate it is protected by owner-only file permissions.
/// </summary>
internal sealed class KeyRingSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:DataProtection";

    /// <summary>A PFX file whose certificate encrypts the key ring (keep it outside the data folder).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }
}
