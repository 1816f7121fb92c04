using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using Grpc.Core;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

/// <summary>
/// A pull reader over a run's server stream (RunSync or WatchRun), meant to be read on one thread:
/// call <see cref="MoveNextAsync"/> until it returns false, reading <see cref="Current"/> after each true.
/// Disposing stops reading; it never stops the run (use <see cref="ContactSyncClient.CancelRunAsync"/>).
/// </summary>
public sealed class RunEventStream : IDisposable
{
    private readonly Func<CancellationToken, AsyncServerStreamingCall<V1.RunEvent>> _start;
    private readonly Uri? _server;
    private readonly string _notFoundId;
    private readonly ContactSyncTransport _transport;
    private AsyncServerStreamingCall<V1.RunEvent>? _call;
    private RunEventInfo? _current;
    private bool _ended;

    internal RunEventStream(Func<CancellationToken, AsyncServerStreamingCall<V1.RunEvent>> start, Uri? server, string notFoundId, ContactSyncTransport transport)
    {
        _transport = transport;
        _start = start;
        _server = server;
        _notFoundId = notFoundId;
    }

    /// <summary>The event read by the last successful <see cref="MoveNextAsync"/>.</summary>
    public RunEventInfo Current => _current ?? throw new InvalidOperationException("MoveNextAsync has not returned true yet.");

    /// <summary>The run id, once the first event arrived.</summary>
    public string? RunId { get; private set; }

    /// <summary>Reads the next event; false after the result event or when the stream ends.</summary>
    /// <param name="cancellationToken">Stops waiting (the run goes on).</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <exception cref="ContactSyncClientException">When the call fails.</exception>
    public async Task<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return false;
        }

        _call ??= _start(cancellationToken);
        try
        {
            if (!await _call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                _ended = true;
                return false;
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Stopped waiting for the run.", ex, cancellationToken);
        }
        catch (RpcException ex)
        {
            _ended = true;
            throw ContactSyncClientException.FromRpc(ex, _server, _notFoundId, _transport);
        }

        var info = ProtoMapper.ToInfo(_call.ResponseStream.Current);
        RunId ??= string.IsNullOrEmpty(info.RunId) ? null : info.RunId;
        _current = info;
        if (info.Result is not null)
        {
            _ended = true;
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _call?.Dispose();
}
