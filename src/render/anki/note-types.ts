import { noteTypeId } from './ids.js';

/**
 * quizwire's own note types for the .apkg. They carry their own names (not "Basic"/"Cloze"):
 * Anki gives its stock types a different id in every collection, so a file's "Basic" would
 * clash with the user's and be renamed or mistaken for it.
 */
export const BASIC_NOTE_TYPE = 'quizwire Basic';
export const CLOZE_NOTE_TYPE = 'quizwire Cloze';

/** Note-type change time (Unix seconds). Bump when fields, templates or CSS change, so Anki
 *  takes the new styling; a fixed value leaves a user's own tweaks alone on re-import. */
export const NOTE_TYPE_MOD = 1_735_689_600; // 2025-01-01

const CSS = `.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  max-width: 40em;
  margin: 0 auto;
  color: #1b1b1b;
  background-color: #fff;
}
.nightMode.card, .night_mode .card { color: #e8e8e8; background-color: #1e1e1e; }
.qw-source { margin-top: 1em; font-size: smaller; color: #666; }
.cloze { font-weight: bold; color: #0b57d0; }
.nightMode .cloze { color: #8ab4f8; }
`;

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

interface TemplateSpec {
  name: string;
  qfmt: string;
  afmt: string;
}

/** A schema-11 note type (the JSON Anki keeps in `col.models`). */
function noteType(
  name: string,
  type: 0 | 1,
  fields: readonly string[],
  template: TemplateSpec,
  deckId: number,
): Record<string, unknown> {
  return {
    id: noteTypeId(name),
    name,
    type,
    mod: NOTE_TYPE_MOD,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ ...template, ord: 0, bqfmt: '', bafmt: '', did: null }],
    flds: fields.map((field, ord) => ({
      name: field,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    // The single template needs the first field: a note with an empty one makes no card.
    req: [[0, 'all', [0]]],
    tags: [],
    vers: [],
  };
}

export function basicNoteType(deckId: number): Record<string, unknown> {
  return noteType(BASIC_NOTE_TYPE, 0, ['Front', 'Back', 'Source'], {
    name: 'Card 1',
    qfmt: '{{Front}}',
    afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n\n{{#Source}}<div class="qw-source">{{Source}}</div>{{/Source}}',
  }, deckId);
}

export function clozeNoteType(deckId: number): Record<string, unknown> {
  return noteType(CLOZE_NOTE_TYPE, 1, ['Text', 'Back Extra'], {
    name: 'Cloze',
    qfmt: '{{cloze:Text}}',
    afmt: '{{cloze:Text}}<br>\n{{Back Extra}}',
  }, deckId);
}
