namespace ContactSync.Core.Engine.Planning;

/// <summary>A pair's two ids; either may be "" (a record not created yet). Failures naming either id belong to the pair.</summary>
internal readonly record struct PairKey(string CrmId, string GoogleResourceName);
