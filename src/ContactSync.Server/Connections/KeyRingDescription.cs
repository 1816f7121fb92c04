namespace ContactSync.Server.Connections;

/// <summary>What protects the key ring, said once in the log at start.</summary>
/// <param name="Folder">The key ring folder.</param>
/// <param name="Protection">What protects it, in words.</param>
internal sealed record KeyRingDescription(string Folder, string Protection);
