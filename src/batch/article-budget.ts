/**
 * How long studying one article may take before it is stopped and reported (issue 18). Study
 * time is linear in the text (ingest/bound-text.ts): about 5–10 s per MB here, so this is
 * several times what a slow machine needs. QUIZWIRE_ARTICLE_BUDGET_MS sets it outright (tests).
 */
const FIXED_MS = 30_000;
const PER_MB_MS = 30_000;

export function articleBudgetMs(task: { text: string }): number {
  const set = Number(process.env.QUIZWIRE_ARTICLE_BUDGET_MS);
  if (set > 0) return set;
  return FIXED_MS + Math.round((PER_MB_MS * task.text.length) / 1e6);
}
