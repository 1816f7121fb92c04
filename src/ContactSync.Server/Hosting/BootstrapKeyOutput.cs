namespace ContactSync.Server.Hosting;

/// <summary>Where a generated bootstrap admin key is printed, once (standard output unless a host says otherwise).</summary>
/// <param name="Writer">The writer.</param>
internal sealed record BootstrapKeyOutput(TextWriter Writer);
