import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spillNotes } from '../../src/batch/note-spill.js';
import { noteKey, type AnkiNote } from '../../src/render/anki/notes.js';

const notes: AnkiNote[] = Array.from({ length: 50 }, (_, i): AnkiNote =>
  i % 3 === 0
    ? { kind: 'cloze', guid: `g${i}`, tags: ['a', `t${i}`], text: `The {{c1::${i}}} “quoted” — ünïcode`, backExtra: '', clozes: [1] }
    : { kind: 'basic', guid: `g${i}`, tags: [], front: `Q ${i}?\nline`, back: `A ${i}`, source: 'x.txt' },
);

describe('spillNotes', () => {
  it('gives back every note and key, in any order asked, from disk', () => {
    const parked = spillNotes(notes);
    try {
      expect(parked.count).toBe(notes.length);
      for (let i = 0; i < notes.length; i++) expect(parked.keyAt(i)).toEqual(noteKey(notes[i]));
      // The deck asks in id order, which is not document order.
      for (const i of [49, 0, 17, 3, 3, 48]) expect(parked.at(i)).toEqual(notes[i]);
    } finally {
      parked.close();
    }
  });

  it('removes its file on close, and when making a note fails', () => {
    const parked = spillNotes(notes.slice(0, 2));
    expect(existsSync(parked.path)).toBe(true);
    parked.close();
    expect(existsSync(dirname(parked.path))).toBe(false);
    const spills = () => readdirSync(tmpdir()).filter((f) => f.startsWith('quizwire-notes-')).length;
    const before = spills();
    function* failing(): Generator<AnkiNote> {
      yield notes[0];
      throw new Error('bad item');
    }
    expect(() => spillNotes(failing())).toThrow('bad item');
    expect(spills()).toBe(before);
  });
});
