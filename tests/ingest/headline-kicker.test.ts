import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/index.js';

const titleOf = (text: string) => {
  const a = ingest(text, { source: 'x', kind: 'text' });
  return (Array.isArray(a) ? a[0] : a).title;
};

describe('a headline with a kicker', () => {
  it('reads "Liftoff! ISRO launches …" as the headline, a one-word kicker and all', () => {
    expect(titleOf("Liftoff! ISRO launches India's heaviest satellite CMS-03 aboard 'Bahubali' rocket\n\nThe Indian Space Research Organisation on Sunday launched the country's heaviest communication satellite from Sriharikota.\n\nThe launch took place at 5:26 pm.")).toBe("Liftoff! ISRO launches India's heaviest satellite CMS-03 aboard 'Bahubali' rocket");
    // (A kicker of a few words too: "Cyclone Michaung landfall today! After …".)
    expect(titleOf('Cyclone Michaung landfall today! After wreaking havoc in Chennai, Andhra Pradesh on high alert\n\nCyclone Michaung is poised to make landfall near Bapatla on the Andhra Pradesh coast.\n\nThe toll in Chennai has reached eight.')).toBe('Cyclone Michaung landfall today! After wreaking havoc in Chennai, Andhra Pradesh on high alert');
    // (Two sentences are no headline: "He won. The crowd cheered loudly at the stadium.")
    expect(titleOf('The minister arrived in the city on Monday. He met officials of the state government there.\n\nThe meeting lasted two hours and covered the budget for the coming year.')).not.toBe('The minister arrived in the city on Monday. He met officials of the state government there.');
  });
});

describe('a headline behind a page\'s label', () => {
  it('reads "WATCH: Admiral … Takes Charge …" as the headline without its label, a call to watch alone still dropped', () => {
    expect(titleOf('WATCH: Admiral Karambir Singh Takes Charge As The Chief Of Naval Staff\n\nAdmiral Karambir Singh on Friday took charge as the new Chief of Naval Staff.\n\nHe succeeds Admiral Sunil Lanba.')).toBe('Admiral Karambir Singh Takes Charge As The Chief Of Naval Staff');
    expect(titleOf('Navy gets a new chief\n\nWATCH: the video\n\nAdmiral Karambir Singh on Friday took charge as the new Chief of Naval Staff.')).toBe('Navy gets a new chief');
  });
});

describe('a headline its page cut short', () => {
  it('reads "… followed by..." as the headline, the ellipsis and all', () => {
    const cut = 'Swachh Survekshan 2025: Indore tops cleanest city list again, followed by...';
    expect(titleOf(`${cut}\n\nIndore has been named the cleanest city in the country for the eighth year running in the annual survey.\n\nSurat came second.`)).toBe(cut);
    expect(titleOf(`Indore tops the list again, followed by…\n\nIndore has been named the cleanest city in the country for the eighth year running.`)).toBe('Indore tops the list again, followed by…');
  });
});

describe('a headline with a shortened title', () => {
  it('reads "Lt. Gen. … takes charge" as the headline: a title\'s full stop ends no sentence', () => {
    const head = 'Lt. Gen. Meera Rao takes charge as new Signal Officer-in-Chief';
    expect(titleOf(`${head}\nJune 30, 2026\n\nLt. Gen. Meera Rao on Monday took charge as the Signal Officer-in-Chief of the Army.\n\nShe succeeds Lt. Gen. Arun Das.`)).toBe(head);
  });
});

describe('a headline with a short form spelt with dots', () => {
  it('is the headline ("Sunderlal Patwa, former M.P. Chief Minister, no more")', () => {
    const article = ingest('Ram Verma, former U.P. Chief Minister, no more\n\nVeteran leader and two-time Uttar Pradesh Chief Minister Ram Verma passed away here on Wednesday after a brief illness.', { source: 'x.txt', kind: 'text' });
    expect(article.title).toBe('Ram Verma, former U.P. Chief Minister, no more');
  });
});

describe('a headline opening on a name’s initial', () => {
  it('is the headline ("K. Sanjay Murthy to be next Comptroller …"): an initial before a name ends no sentence', () => {
    const head = 'K. Sanjay Murthy to be next Comptroller and Auditor General of India';
    expect(titleOf(`${head}\n\nPresident Droupadi Murmu on Monday appointed K. Sanjay Murthy as the new CAG.\n\nHe takes charge next week.`)).toBe(head);
    expect(titleOf('Dr R. Kumar named head of the institute\n\nThe board on Monday named him the director of the institute.')).toBe('Dr R. Kumar named head of the institute');
    // (A letter and its stop before "The" end a sentence still.)
    expect(titleOf('India chose Plan B. The team left for Delhi\n\nThe squad flew out on Monday after the meeting ended.')).not.toBe('India chose Plan B. The team left for Delhi');
  });
});
