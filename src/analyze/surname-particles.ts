/** Lower-case words inside a person's name: "Lula da Silva", "Ursula von der Leyen". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'van', 'von', 'de', 'da', 'al', 'el', 'di', 'del', 'della', 'der', 'den', 'dos', 'la', 'le', 'du']);
