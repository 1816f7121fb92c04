using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace ContactSync.Server.Requests;

/// <summary>A request body that was read and checked already, handed to the gRPC handler from memory.</summary>
/// <param name="body">The bytes of the body.</param>
internal sealed class BufferedRequestBody(byte[] body) : IRequestBodyPipeFeature
{
    public PipeReader Reader { get; } = PipeReader.Create(new System.Buffers.ReadOnlySequence<byte>(body));
}
