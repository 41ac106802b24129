/**
 * Where a run's time goes, on stderr when QUIZWIRE_TIMINGS is set: wall time and resident
 * memory at the end of each phase (study, generate, each format, write). `npm run bench`
 * reads these lines; they cost nothing when the variable is unset.
 */
import { reportInfo } from './report.js';

export interface PhaseTimer {
  /** Close the current phase under this name and start the next. */
  lap(name: string): void;
}

export function phaseTimer(enabled = Boolean(process.env.QUIZWIRE_TIMINGS)): PhaseTimer {
  if (!enabled) return { lap: () => {} };
  let last = performance.now();
  return {
    lap(name) {
      const now = performance.now();
      const rss = process.memoryUsage.rss() / (1024 * 1024);
      // maxRSS (KiB) is the peak so far: which phase raised it shows where memory goes.
      const peak = process.resourceUsage().maxRSS / 1024;
      reportInfo(`quizwire: timing ${name} ${((now - last) / 1000).toFixed(2)} s, rss ${rss.toFixed(0)} MB, peak so far ${peak.toFixed(0)} MB`);
      last = now;
    },
  };
}
