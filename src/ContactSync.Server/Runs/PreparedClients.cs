using ContactSync.Google;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;

namespace ContactSync.Server.Runs;

/// <summary>What a run needs from the live services, obtained before the plan's start lock is taken.</summary>
/// <param name="Zoho">The Zoho client (token obtained).</param>
/// <param name="Access">The plan user's S10 answer.</param>
/// <param name="Google">The Google client (disposed by whoever ends up not using it).</param>
internal sealed record PreparedClients(ZohoCrmClient Zoho, CrmAccess Access, GoogleContactsClient Google);
