/**
 * "Aditi has taken some rapid strides in her promising career already", "She has come a long way":
 * praise of someone's progress says nothing a student can learn; no item is made of it.
 */
export const PRAISE = /\b(?:taken|made|making|taking)\s+(?:(?:some|rapid|giant|great|big|huge|quick|long)\s+)*strides\b|\bcome\s+a\s+long\s+way\b|\ba\s+rising\s+star\b|\bgoes?\s+from\s+strength\s+to\s+strength\b/i;
