/**
 * Ctrl-C (SIGINT) and SIGTERM during a run: the first one asks the run to stop at the next
 * safe point (between articles, or between two output files, each written atomically) so
 * that nothing is left half-written and the run can say what it finished; articles being
 * studied are dropped at once (their workers are stopped through `signal`). A second one
 * stops at once, after removing the run's temporary files (`onForce`).
 */
export interface InterruptWatch {
  readonly requested: boolean;
  /** Aborted on the first signal. */
  readonly signal: AbortSignal;
  dispose(): void;
}

export function watchInterrupt(onFirst?: (signal: string) => void, onForce?: () => void): InterruptWatch {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      onForce?.();
      process.exit(130);
    }
    onFirst?.(signal);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get requested() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/**
 * Run `work`, which keeps this thread busy, with SIGINT and SIGTERM left to their default
 * action: a busy thread cannot run a handler, so a signal then ends the process at once.
 */
export function withDefaultSignals<T>(work: () => T): T {
  const saved = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, process.listeners(signal)] as const);
  for (const [signal] of saved) process.removeAllListeners(signal);
  try {
    return work();
  } finally {
    for (const [signal, listeners] of saved) for (const l of listeners) process.on(signal, l);
  }
}
