namespace ContactSync.Http;

/// <summary>Logs one retry with the client's own message (event id and name): the call, the status (0: no answer), the retry's number and its wait.</summary>
public delegate void ApiRetryLog(string operation, int statusCode, int attempt, double delayMs);
