/** "the United States", "the Philippines", but "Japan": country names as they read after "of". */
const NEEDS_THE = /^(?:United |Republic |Democratic |Central African|Czech Republic|Dominican Republic)|(?:Islands|Emirates|Kingdom|Republic|Federation|States)$/;
const PLURAL_NAMES = new Set(['Netherlands', 'Philippines', 'Bahamas', 'Maldives', 'Seychelles', 'Comoros', 'Gambia']);

export function countryWithArticle(name: string): string {
  return NEEDS_THE.test(name) || PLURAL_NAMES.has(name) ? `the ${name}` : name;
}
