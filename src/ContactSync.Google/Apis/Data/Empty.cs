using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Empty</c>: A generic empty message that you can re-use to avoid defining duplicated empty messages in your APIs.</summary>
public sealed class Empty
{
}
