// The knobs of cross-article event merging, in one place (docs/store.md explains each choice).

export const MERGE_RULES = {
  /** Two day-level dates within this many days are the same happening (time zones, "yesterday", late reports). */
  dayTolerance: 2,
  /**
   * CAMEO codes whose two sides are interchangeable ("A and B met", "B met A"): the merge key uses the set of
   * all participants. Directed codes (visit 042, host 043, every accusation or attack) keep source → target.
   */
  symmetricCameo: new Set(['040', '041', '044', '046', '057']),
  /** Actor codes that identify nobody; an event with no other code on either side never merges across articles. */
  unknownCodes: new Set(['', 'UNK']),
} as const;
