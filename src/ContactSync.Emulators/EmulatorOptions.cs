namespace ContactSync.Emulators;

/// <summary>Settings for one emulator host (both the Zoho CRM v8 and the Google People v1 emulator).</summary>
public sealed record EmulatorOptions
{
    /// <summary>Loopback port to bind; 0 picks any free port.</summary>
    public int Port { get; init; }

    /// <summary>Number of Zoho CRM contacts seeded at start.</summary>
    public int ZohoSeedContacts { get; init; }

    /// <summary>Number of Google contacts seeded at start (all members of the "ContactSync" group).</summary>
    public int GoogleSeedContacts { get; init; }

    /// <summary>Number of contacts created on both sides with the same (Zoho primary / Google work) email.</summary>
    public int OverlappingEmails { get; init; }

    /// <summary>Seed of the deterministic data generator.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Age after which a Google sync token is rejected with 400 EXPIRED_SYNC_TOKEN.</summary>
    public TimeSpan SyncTokenMaxAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Lifetime of issued access tokens (both services).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Google writes become visible to incremental (syncToken) listings only after this delay.</summary>
    public TimeSpan GooglePropagationDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Per-user Google request quota per minute (0 = unlimited); beyond it 429 RESOURCE_EXHAUSTED.</summary>
    public int GoogleRequestsPerMinutePerUser { get; init; }

    /// <summary>Per-user Zoho request quota per minute (0 = unlimited); beyond it 429 TOO_MANY_REQUESTS.</summary>
    public int ZohoRequestsPerMinutePerUser { get; init; }

    /// <summary>Validity of a Zoho page_token (reference §2.1: 24 h; then 400 EXPIRED_VALUE), on <see cref="TimeProvider"/>.</summary>
    public TimeSpan ZohoPageTokenValidity { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The <c>api_domain</c> the Zoho token endpoint names (reference §4: the API domain of the org's data centre); null =
    /// this emulator's own base URL, where its API really is.
    /// </summary>
    public string? ZohoApiDomain { get; init; }

    /// <summary>Zoho picklist values must be among the field's values (the documents are silent; see ZohoValueRules).</summary>
    public bool ZohoStrictPicklists { get; init; } = true;

    /// <summary>
    /// Most contacts one Google account holds (0 = no limit). 25,000 is a third-party figure (reference google-people-api
    /// §3: contactsplus.com, getsharedcontacts.com, clubic.com), not an official one; creates past it are refused with
    /// <see cref="GoogleContactLimitRefusal"/>.
    /// </summary>
    public int GoogleContactLimit { get; init; } = 25_000;

    /// <summary>The error a create past <see cref="GoogleContactLimit"/> gets (Google's documents do not show it).</summary>
    public GoogleLimitRefusal GoogleContactLimitRefusal { get; init; } = GoogleLimitRefusal.Default;

    /// <summary>The Zoho Watch API's undocumented choices and the notification delivery's faults (see its members).</summary>
    public Zoho.ZohoWatchOptions ZohoWatch { get; init; } = new();

    /// <summary>Quotas both emulators enforce (none by default), with their time compression.</summary>
    public Quotas.QuotaOptions Quotas { get; init; } = Emulators.Quotas.QuotaOptions.None;

    /// <summary>An organisation seeded at start (CRM users with their own Google accounts); null = none.</summary>
    public Org.OrgSeed? Org { get; init; }

    /// <summary>Clock of the emulators; tests pass a FakeTimeProvider to expire tokens.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>When true, one log line per request is written to the console (standalone mode).</summary>
    public bool ConsoleLogging { get; init; }
}
