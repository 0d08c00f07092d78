// A user's search words to an FTS5 query: every word must occur, "quoted phrases" stay phrases, and a
// leading minus excludes a word, as in web search; FTS5 operators typed by the user are never interpreted.

/** Returns null when the text has no searchable word. */
export function ftsQuery(text: string): string | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of text.matchAll(/(-?)"([^"]*)"|(-?)([^\s"]+)/g)) {
    const negative = (match[1] ?? match[3]) === '-';
    const words = (match[2] ?? match[4] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const phrase = `"${words.join(' ')}"`;
    (negative ? exclude : include).push(phrase);
  }
  if (include.length === 0) return null;
  return [include.join(' AND '), ...exclude.map((p) => `NOT ${p}`)].join(' ');
}
