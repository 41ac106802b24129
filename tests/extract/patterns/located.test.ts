import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('located: where something is', () => {
  it('asks where something is located or headquartered', () => {
    expect(ask(factsOf(["The Kaziranga National Park, located in Assam, is home to two-thirds of the world's one-horned rhinoceroses."]), 'located')).toEqual([
      ['Where is the Kaziranga National Park located?', 'Assam'],
    ]);
    expect(ask(factsOf(['The Asian Development Bank, headquartered in Manila, approved a $500 million loan.']), 'located')).toEqual([
      ['Where is the Asian Development Bank headquartered?', 'Manila'],
    ]);
  });

  it('reads "lies in" after a name', () => {
    expect(ask(factsOf(['Lake Chilika, the largest brackish water lagoon in Asia, lies in Odisha.']), 'located')).toEqual([['Where is Lake Chilika located?', 'Odisha']]);
  });

  it('asks nothing when the place is not a named one', () => {
    expect(byPattern(factsOf(['The museum, located near the river, draws many visitors.']), 'located')).toEqual([]);
  });
});
