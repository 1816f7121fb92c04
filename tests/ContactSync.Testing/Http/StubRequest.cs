namespace ContactSync.Testing.Http;

/// <summary>One request a <see cref="StubHttpHandler"/> answered: its body (un-gzipped) and the headers the tests check.</summary>
public sealed record StubRequest(HttpMethod Method, Uri Uri, string? Body, bool Gzipped, string? Auth, string? IfModifiedSince);
