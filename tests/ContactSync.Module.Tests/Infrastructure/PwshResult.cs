namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>What a pwsh script run produced.</summary>
internal sealed record PwshResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Errors}";
}
