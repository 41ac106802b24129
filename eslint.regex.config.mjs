// `npm run lint:regex`: no new regex in ingest/, analyze/ or extract/ may backtrack super-linearly
// (issue 18). Checked on the compiled JavaScript, so no TypeScript parser is needed. The findings
// that were there before are listed in eslint-suppressions.json: each one's attack string is a
// run of spaces or of one word's characters, which ingest/bound-text.ts bounds (no token over
// 100 characters, no sentence over 1,500), so they cost a constant per word or sentence.
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['dist/extract/**/*.js', 'dist/analyze/**/*.js', 'dist/ingest/**/*.js'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
    },
  },
];
