using Grpc.Core;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Unary calls of the ContactSync service with raw request bytes (what a broken or hostile client may send).</summary>
public static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static Task<byte[]> CallAsync(CallInvoker invoker, string method, byte[] body, Metadata? headers = null)
    {
        var descriptor = new Method<byte[], byte[]>(MethodType.Unary, "contactsync.v1.ContactSync", method, Bytes, Bytes);
        return invoker.AsyncUnaryCall(descriptor, null, new CallOptions(headers), body).ResponseAsync;
    }

    /// <summary>A field-1 string (plan_id of GetConfig, plan of Configure, …) whose bytes are not valid UTF-8.</summary>
    public static byte[] InvalidUtf8String() => [0x0A, 0x04, 0xC3, 0x28, 0xFF, 0xFE];

    /// <summary>Bytes that are no protobuf message at all.</summary>
    public static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)0xFF);
        return bytes;
    }
}
