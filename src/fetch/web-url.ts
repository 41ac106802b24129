/** An input or feed given as an http(s) address rather than a path. */
export const isWebUrl = (text: string): boolean => /^https?:\/\//i.test(text);
