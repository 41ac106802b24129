/** A person's last name as written: "Ratan Tata" → "Tata". */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}
