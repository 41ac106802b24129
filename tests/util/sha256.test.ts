import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/util/hash.js';
import { sha256 } from '../../src/util/sha256.js';
import { seededRandom } from '../../src/util/random.js';

describe('sha256 in JavaScript', () => {
  const random = seededRandom(256);
  const chars = 'abcXYZ019 _-\u001f’éअ中😀';
  const texts = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(65), 'é'.repeat(200)];
  for (let k = 0; k < 300; k++) texts.push(Array.from({ length: Math.floor(random() * 300) }, () => [...chars][Math.floor(random() * [...chars].length)]).join(''));

  it('gives the bytes node:crypto gives, across block boundaries and non-ASCII text', () => {
    for (const text of texts) expect([text, sha256(text).toString('hex')]).toEqual([text, createHash('sha256').update(text, 'utf8').digest('hex')]);
  });

  it('and hashOf gives the same digests before and after it switches to node:crypto', () => {
    for (let round = 0; round < 8; round++) for (const text of texts) expect(hashOf('sha256', text).equals(createHash('sha256').update(text, 'utf8').digest())).toBe(true);
    expect(hashOf('sha1', 'abc').toString('hex')).toBe(createHash('sha1').update('abc').digest('hex'));
  });
});
