namespace ContactSync.Emulators.Zoho;

/// <summary>Server-side state of a page_token: bound to user and parameters, 24 h validity.</summary>
internal sealed record ZohoPageToken(long UserId, string ParamKey, long LastKey, long LastId, int Served, int NextPage, DateTimeOffset ExpiresAt);
