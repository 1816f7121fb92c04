namespace ContactSync.Http.Tests;

internal sealed class TestRetryOptions : ApiRetryOptions;
