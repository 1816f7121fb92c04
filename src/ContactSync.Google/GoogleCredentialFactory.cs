using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Google.Apis.Json;
using ContactSync.Google.Apis;
using ContactSync.Google.Http;

namespace ContactSync.Google;

/// <summary>The credential of <see cref="GoogleContactsClient"/>: a service account with impersonation, or a user refresh token.</summary>
internal static class GoogleCredentialFactory
{
    public static IConfigurableHttpClientInitializer Create(GoogleClientOptions options, GoogleHttpClientFactory factory)
    {
        string[] scopes = [PeopleService.ContactsScope];
        if (!string.IsNullOrEmpty(options.ServiceAccountJson))
        {
            var key = NewtonsoftJsonSerializer.Instance.Deserialize<JsonCredentialParameters>(options.ServiceAccountJson);
            if (key is null || string.IsNullOrEmpty(key.ClientEmail) || string.IsNullOrEmpty(key.PrivateKey))
            {
                throw new ArgumentException("The service-account key JSON lacks client_email or private_key.", nameof(options));
            }

            var tokenUrl = options.TokenUrl ?? key.TokenUri ?? GoogleAuthConsts.OidcTokenUrl;
            var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, tokenUrl)
            {
                User = options.ImpersonatedUser,
                Scopes = scopes,
                KeyId = key.PrivateKeyId,
                HttpClientFactory = factory,
                DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            }.FromPrivateKey(key.PrivateKey);
            return new ServiceAccountCredential(initializer);
        }

        if (!string.IsNullOrEmpty(options.RefreshToken) && !string.IsNullOrEmpty(options.ClientId))
        {
            var flow = new AuthorizationCodeFlow(new AuthorizationCodeFlow.Initializer(
                GoogleAuthConsts.OidcAuthorizationUrl, options.TokenUrl ?? GoogleAuthConsts.OidcTokenUrl)
            {
                ClientSecrets = new ClientSecrets { ClientId = options.ClientId, ClientSecret = options.ClientSecret },
                Scopes = scopes,
                HttpClientFactory = factory,
                DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            });
            return new UserCredential(flow, "user", new TokenResponse { RefreshToken = options.RefreshToken });
        }

        throw new ArgumentException("Give ServiceAccountJson (+ ImpersonatedUser) or ClientId/ClientSecret/RefreshToken.", nameof(options));
    }
}
