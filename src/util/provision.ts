/**
 * A provision of a law or the Constitution, by its kind and number: "Section 6A", "Article 370",
 * "Clause 3". One place for telling a provision's name, and one before "of the <law>".
 */
const KINDS = 'Section|Article|Clause';
const NUMBER = String.raw`[\dA-Z()]+`;

/** "Section 6A", "Article 370": the whole name, its kind in group 1. */
export const PROVISION = new RegExp(`^(${KINDS})\\s+${NUMBER}$`);

/** "struck down Section 377 of the ": a provision right before its law. */
export const PROVISION_OF = new RegExp(`\\b(?:${KINDS})\\s+${NUMBER}\\s+of\\s+(?:the\\s+)?$`);

/** A blank's text opening on a provision, a rule or a schedule too ("Section 377", "Rule 3"). */
const OPENS_ON_PROVISION = new RegExp(`^(?:${KINDS}|Rule|Schedule|Paragraph)\\s+\\d`);

export function opensOnProvision(text: string): boolean {
  return OPENS_ON_PROVISION.test(text);
}
