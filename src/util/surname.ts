/** A generation after a name: "Ferdinand Marcos Jr", "Martin Luther King Jr.", "Henry Ford II",
 *  "Balbir Singh Senior". */
const GENERATION = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$|^(?:Senior|Junior)$/;

/** A person's last name as written: "Ratan Tata" → "Tata"; "Ferdinand Marcos Jr" → "Marcos". */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 2 && GENERATION.test(words[words.length - 1])) words.pop();
  return words.pop() ?? name;
}
