/**
 * "One of them, Soman's Slender Arm Frog (Leptobrachium somani), was discovered at …": the name
 * in apposition says which one, so the opening that points back ("One of them") can go with
 * the comma that closed the apposition: "Soman's Slender Arm Frog (Leptobrachium somani) was
 * discovered at …". Only where a verb follows the apposition right away.
 */
const ONE_OF = /^(?:One|Another|The other|The first|The second|The third|The last) of (?:them|these|those|the two|the three|the new species)\s*,\s+([\p{Lu}{][^,;]{1,100}?),\s+(?=(?:was|were|is|are|has|had|have|will|would|can|could|also)\b)/u;

export function withoutOneOfThem(text: string): string {
  const m = ONE_OF.exec(text);
  return m ? `${m[1]} ${text.slice(m[0].length)}` : text;
}
