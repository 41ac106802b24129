/**
 * "an outlay of Rs 55, 825 crore": a sum whose thousands a space after the comma cut in two,
 * read as two figures ("Rs 55" and "825 crore"). After a currency sign and before a unit of
 * the sum, the space goes: "Rs 55,825 crore". (A list of two sums says its unit or sign twice.)
 */
const SPLIT_SUM = /((?:Rs\.?|₹|INR|\$|US\$)\s?\d{1,3}),\s(\d{3}(?:,\d{3})*(?:\.\d+)?\s(?:crore|lakh|million|billion|trillion)\b)/g;

export function joinedSplitSums(paragraph: string): string {
  return paragraph.includes(', ') ? paragraph.replace(SPLIT_SUM, '$1,$2') : paragraph;
}
