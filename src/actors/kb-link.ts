// Links a person name or a role to the knowledge base, using the publication date to pick the office holder.
import { type KnowledgeBase, normKey, type Office, officesOn, type Person, type Role } from '../kb/index.js';

export interface PersonLink {
  person: Person;
  office?: Office;
  /** How the link was made, for the evidence trail. */
  via: 'full-name' | 'surname' | 'office-holder';
}

/** The person a name refers to on `date`: full names first, then a surname with a matching office. */
export function linkName(
  kb: KnowledgeBase,
  name: string,
  date: string | undefined,
  hint: { country?: string; roles?: Role[] },
): PersonLink | undefined {
  const key = normKey(name);
  const full = kb.peopleByName.get(key);
  if (full) {
    const person = pick(full, date, hint);
    return person ? { person, ...officeOf(person, date, hint), via: 'full-name' } : undefined;
  }
  const words = key.split(' ');
  const bySurname = kb.peopleBySurname.get(words[words.length - 1]!);
  if (!bySurname) return undefined;
  // a first name in the text must agree with the knowledge base ("Imran Khan" is not "Sadiq Khan")
  const compatible = bySurname.filter(
    (p) => words.length === 1 || normKey(p.name).split(' ')[0] === words[0],
  );
  const inOffice = compatible.filter((p) => officesOn(p, date).length > 0 || !date);
  const person = pick(inOffice.length > 0 ? inOffice : words.length > 1 ? compatible : [], date, hint);
  return person ? { person, ...officeOf(person, date, hint), via: 'surname' } : undefined;
}

/** Who held an office of this role in this country on `date` ("the Russian president" in 2023). */
export function officeHolder(
  kb: KnowledgeBase,
  country: string,
  role: Role,
  date: string | undefined,
): PersonLink | undefined {
  if (!date) return undefined;
  const wanted = role.leader ? ['head_of_state', 'head_of_government'] : role.role ? [role.role] : [];
  if (wanted.length === 0) return undefined;
  for (const w of wanted) {
    for (const person of kb.people) {
      if (person.country !== country) continue;
      const office = officesOn(person, date).find((o) => o.role === w);
      if (office) return { person, office, via: 'office-holder' };
    }
  }
  return undefined;
}

function pick(
  people: Person[],
  date: string | undefined,
  hint: { country?: string; roles?: Role[] },
): Person | undefined {
  const score = (p: Person) => {
    let s = 0;
    if (hint.country && p.country === hint.country) s += 4;
    else if (hint.country) s -= 4;
    const offices = officesOn(p, date);
    if (offices.length > 0) s += 2;
    if (hint.roles?.some((r) => offices.some((o) => o.role === r.role))) s += 3;
    return s;
  };
  const ranked = [...people].sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  if (!best) return undefined;
  // two equally good candidates: do not guess
  if (ranked[1] && score(ranked[1]) === score(best) && normKey(ranked[1].name) !== normKey(best.name))
    return undefined;
  return score(best) < 0 ? undefined : best;
}

function officeOf(person: Person, date: string | undefined, hint: { roles?: Role[] }): { office?: Office } {
  const offices = officesOn(person, date);
  const office = offices.find((o) => hint.roles?.some((r) => r.role === o.role)) ?? offices[0];
  return office ? { office } : {};
}
