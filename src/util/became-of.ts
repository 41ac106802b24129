/** " becomes …", " joins …": what became of a body or a country, right after its name opening a
 *  headline ("African Union becomes permanent member of G20", "Sweden joins NATO"): the name is
 *  the news, not the story's setting. */
export const BECAME_OF = /^\s+(?:becomes|became|joins|joined|gets|got|admitted|inducted|named|elected|granted|accorded)\b/;

/** Whether `headline` opens on `name`, followed by what became of it. */
export function headlineNewsOf(headline: string, name: string): boolean {
  return headline.toLowerCase().startsWith(name.toLowerCase()) && BECAME_OF.test(headline.slice(name.length));
}
