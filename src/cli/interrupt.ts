/**
 * Ctrl-C (SIGINT) and SIGTERM during a run: the first one asks the run to stop at the next
 * safe point (between articles, or between two output files, each written atomically) so
 * that nothing is left half-written and the run can say what it finished; a second one
 * stops at once.
 */
export interface InterruptWatch {
  readonly requested: boolean;
  dispose(): void;
}

export function watchInterrupt(onFirst?: (signal: string) => void): InterruptWatch {
  let requested = false;
  const handler = (signal: NodeJS.Signals) => {
    if (requested) process.exit(130);
    requested = true;
    onFirst?.(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get requested() {
      return requested;
    },
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
