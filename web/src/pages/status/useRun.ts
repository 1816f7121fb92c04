// One run followed live: starts RunSync (or attaches with WatchRun), keeps the latest progress and the result, and
// cancels with CancelRun. The stream is closed when the page goes away; the run itself goes on on the server.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../../api/client';
import { toProblem } from '../../api/errors';
import { RunMode, type RunEvent, type RunProgress, type SyncRun } from '../../gen/contactsync/v1/runs_pb';

export interface RunState {
  runId: string;
  progress: RunProgress | null;
  result: SyncRun | null;
  problem: string | null;
  cancelling: boolean;
}

export function useRun(api: Api, onEnded: () => void) {
  const [run, setRun] = useState<RunState | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const follow = async (stream: AsyncIterable<RunEvent>) => {
    try {
      for await (const event of stream) {
        if (event.event.case === 'progress') {
          const progress = event.event.value;
          setRun((r) => ({ runId: event.runId, progress, result: r?.result ?? null, problem: null, cancelling: r?.cancelling ?? false }));
        } else if (event.event.case === 'result') {
          const result = event.event.value.run ?? null;
          setRun((r) => ({ runId: event.runId, progress: r?.progress ?? null, result, problem: null, cancelling: false }));
        }
      }
    } catch (e) {
      if (!abort.current?.signal.aborted) setRun((r) => ({ ...(r ?? { runId: '', progress: null, result: null, cancelling: false }), problem: toProblem(e).message }));
    }
    onEnded();
  };

  const start = (planId: string) => {
    abort.current?.abort();
    abort.current = new AbortController();
    setRun({ runId: '', progress: null, result: null, problem: null, cancelling: false });
    void follow(api.runSync({ planId, mode: RunMode.INCREMENTAL, dryRun: false }, { signal: abort.current.signal }));
  };

  const watch = (runId: string) => {
    abort.current?.abort();
    abort.current = new AbortController();
    setRun({ runId, progress: null, result: null, problem: null, cancelling: false });
    void follow(api.watchRun({ runId }, { signal: abort.current.signal }));
  };

  const cancel = async () => {
    if (!run?.runId) return;
    setRun({ ...run, cancelling: true });
    try {
      await api.cancelRun({ runId: run.runId });
    } catch (e) {
      setRun({ ...run, problem: toProblem(e).message });
    }
  };

  return { run, start, watch, cancel, clear: () => setRun(null) };
}
