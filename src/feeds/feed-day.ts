/**
 * A feed's date → the ISO day it names, in the offset it is written with: "Tue, 01 Dec 2026
 * 22:30:00 +0530" is 1 December (where it was published), though it is 17:00 UTC. So the day
 * never depends on the machine's time zone. Null when the text is no date.
 */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/** Minutes east of UTC written at the end of the date, or 0 (UTC) when it names none. */
function writtenOffset(text: string): number {
  const numeric = /([+-])(\d{2}):?(\d{2})\s*$/.exec(text);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = /\b([A-Z]{1,3})\s*$/.exec(text.trim());
  return named ? (ZONES[named[1]] ?? 0) : 0;
}

export function feedDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  // A bare day ("2026-12-01", Dublin Core's short form) is that day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + writtenOffset(t) * 60_000).toISOString().slice(0, 10);
}
