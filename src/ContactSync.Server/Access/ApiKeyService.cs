using ContactSync.Core.Plans;
using ContactSync.Server.Errors;
using ContactSync.Storage.ApiKeys;

namespace ContactSync.Server.Access;

/// <summary>API key use cases (admin only): create, revoke, list.</summary>
internal sealed class ApiKeyService(IApiKeyRepository keys, ILogger<ApiKeyService> logger)
{
    /// <summary>Creates a key; the secret is returned here only.</summary>
    public async Task<CreatedApiKey> CreateAsync(ApiCaller caller, string name, ApiKeyRole? role, string crmUserId, CancellationToken cancellationToken)
    {
        EnsureAdmin(caller);
        name = name.Trim();
        crmUserId = crmUserId.Trim();
        var violations = new List<FieldViolation>();
        if (name.Length == 0)
        {
            violations.Add(new FieldViolation("name", "The key name is required (1 to 100 characters)."));
        }
        else if (Core.Text.DisplayText.Problem(name, 100, "The key name") is { } problem)
        {
            violations.Add(new FieldViolation("name", problem));
        }

        if (role is null)
        {
            violations.Add(new FieldViolation("role", "The role is required: API_KEY_ROLE_ADMIN or API_KEY_ROLE_USER."));
        }
        else if (role == ApiKeyRole.User && (crmUserId.Length is 0 or > 30 || !crmUserId.All(char.IsAsciiDigit)))
        {
            violations.Add(new FieldViolation("crm_user_id", "A user key needs the CRM user id (digits) it is bound to."));
        }
        else if (role == ApiKeyRole.Admin && crmUserId.Length > 0)
        {
            violations.Add(new FieldViolation("crm_user_id", "An admin key is not bound to a CRM user; leave crm_user_id empty."));
        }

        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }

        var token = ApiKeyToken.Generate();
        var (salt, hash) = token.HashSecret();
        var key = await keys.CreateAsync(token.Id, name, role!.Value, crmUserId, salt, hash, cancellationToken);
        AccessLog.ApiKeyCreated(logger, key.Id, key.Role, caller.KeyId);
        return new CreatedApiKey(key, token.Text);
    }

    /// <summary>Revokes a key; revoking a revoked key returns it unchanged. The last active admin key cannot be revoked.</summary>
    public async Task<ApiKeyRecord> RevokeAsync(ApiCaller caller, string keyId, CancellationToken cancellationToken)
    {
        EnsureAdmin(caller);
        keyId = keyId.Trim();
        if (keyId.Length == 0)
        {
            throw new ValidationFailedException("key_id", "The key id is required.");
        }

        var key = await keys.GetAsync(keyId, cancellationToken) ?? throw KeyNotFound(keyId);
        if (key.IsRevoked)
        {
            return key;
        }

        if (key.Role == ApiKeyRole.Admin && await keys.CountActiveAdminsAsync(cancellationToken) <= 1)
        {
            throw new PreconditionFailedException("This is the last active admin key; create another admin key before revoking it.", ErrorReasons.LastAdminKey,
                new Dictionary<string, string> { ["key_id"] = keyId });
        }

        var revoked = await keys.RevokeAsync(keyId, cancellationToken) ?? throw KeyNotFound(keyId);
        AccessLog.ApiKeyRevoked(logger, revoked.Id, caller.KeyId);
        return revoked;
    }

    /// <summary>Lists keys, oldest first.</summary>
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(ApiCaller caller, bool includeRevoked, CancellationToken cancellationToken)
    {
        EnsureAdmin(caller);
        return keys.ListAsync(includeRevoked, cancellationToken);
    }

    private static void EnsureAdmin(ApiCaller caller)
    {
        if (!caller.IsAdmin)
        {
            throw new AccessDeniedException("Only an admin API key may manage API keys.", ErrorReasons.AdminKeyRequired);
        }
    }

    private static ResourceNotFoundException KeyNotFound(string keyId) =>
        new($"There is no API key with id '{BoundedText.Echo(keyId)}'.", ErrorReasons.ApiKeyNotFound, new Dictionary<string, string> { ["key_id"] = keyId });
}
