import type { Draft } from './draft.js';
import { splitUnits } from './split-units.js';

/** Plain text states nothing outright: the header reader finds title, date and place. */
export function textDraft(text: string): Draft {
  return { title: null, date: null, place: null, site: null, units: splitUnits(text) };
}
