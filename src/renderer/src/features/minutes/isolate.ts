/**
 * Wraps user text interpolated into a translated sentence in Unicode isolates (FSI … PDI), so a French
 * title inside an Arabic sentence (or the reverse) keeps its own direction and does not scramble the
 * punctuation around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`
