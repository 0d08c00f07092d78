// One normalization for names in the knowledge base and in text, so gazetteer keys compare equal.

/** Lower-cased, straight apostrophes, single spaces, no spaces around hyphens, no leading "the". */
export function normKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Acronyms ("UN", "U.N.", "NATO", "US") match only in their own case: "us" and "who" are words. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.\s&-]/g, '');
  return letters.length <= 6 && /^[A-Z0-9]+$/.test(letters) && /[A-Z]/.test(letters);
}
