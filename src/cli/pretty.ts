// A readable summary of a coded document for a person at a terminal: each item with its evidence.
import type { CodedDoc } from '../core/index.js';

const clip = (s: string, n = 160) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export function formatPretty(doc: CodedDoc): string {
  const out: string[] = [];
  const actorName = (id: string) => {
    const actor = doc.actors.find((a) => a.id === id);
    return actor ? `${actor.name} (${actor.code})` : id;
  };
  const sentenceText = (i: number) => {
    const s = doc.sentences[i];
    return s ? doc.text.slice(s.start, s.end) : '';
  };
  out.push(
    `━━ ${doc.id}${doc.title ? `: ${doc.title}` : ''}${doc.published ? `  [published ${doc.published}]` : ''}`,
  );
  out.push(`   ${doc.sentences.length} sentences, ${doc.entities.length} mentions`);

  out.push('', `Actors (${doc.actors.length})`);
  for (const a of doc.actors) {
    const mentions = doc.entities.filter((e) => e.actor === a.id).map((e) => `“${e.text}”`);
    out.push(`  ${a.id.padEnd(4)} ${a.code.padEnd(9)} ${a.name}${a.role ? `, ${a.role}` : ''}  [${a.kind}]`);
    if (mentions.length > 0) out.push(`       mentions: ${clip(mentions.join(' '), 140)}`);
  }

  out.push('', `Events (${doc.events.length})`);
  for (const e of doc.events) {
    const who = `${e.source.map(actorName).join(' + ') || '?'} → ${e.target.map(actorName).join(' + ') || '–'}`;
    const flags = [
      e.negated ? 'NEGATED' : '',
      e.modality !== 'asserted' ? e.modality : '',
      e.sameAs ? `same as ${e.sameAs}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const place = e.place !== undefined ? doc.places[e.place]?.name : undefined;
    const date = e.date
      ? `${e.date.value ?? '?'} (${e.date.precision}${e.date.stated ? '' : ', implied'})`
      : '';
    out.push(
      `  ${e.id.padEnd(4)} ${e.type} ${e.cameo} q${e.quadClass} g${e.goldstein}  ${who}${flags ? `  [${flags}]` : ''}`,
    );
    out.push(
      `       trigger “${e.trigger.text}”${date ? `  date ${date}` : ''}${place ? `  at ${place}` : ''}  conf ${e.confidence.toFixed(2)}${e.contexts.length ? `  {${e.contexts.join(', ')}}` : ''}`,
    );
    out.push(`       “${clip(sentenceText(e.sentence))}”`);
  }

  out.push('', `Quotes (${doc.quotes.length})`);
  for (const q of doc.quotes) {
    const speaker = q.speaker ? actorName(q.speaker) : (q.speakerSpan?.text ?? 'unknown speaker');
    out.push(`  [${q.kind}] ${speaker}${q.cue ? ` — ${q.cue.text}` : ''}:`);
    out.push(`       “${clip(q.content.map((c) => c.text).join(' … '))}”`);
  }

  out.push('', `Times (${doc.times.length})`);
  for (const t of doc.times) out.push(`  “${t.text}” → ${t.value ?? 'unresolved'} [${t.type}]`);

  out.push('', `Places (${doc.places.length})`);
  for (const p of doc.places) {
    const where = p.lat !== undefined ? ` ${p.lat.toFixed(2)},${p.lon?.toFixed(2)}` : '';
    out.push(
      `  “${p.text}” → ${p.name}${p.country ? ` (${p.country})` : ''}${where}  conf ${p.confidence.toFixed(2)}`,
    );
  }

  out.push('', `Amounts (${doc.amounts.length})`);
  for (const a of doc.amounts) {
    out.push(
      `  “${a.text}” → ${a.approximate ? '~' : ''}${a.value}${a.unit ? ` ${a.unit}` : ''}${a.object ? ` of ${a.object}` : ''}`,
    );
  }
  if (doc.issues?.length) {
    out.push('', `Issues (${doc.issues.length})`);
    for (const i of doc.issues) out.push(`  ${i.code}: ${i.message}`);
  }
  return `${out.join('\n')}\n`;
}
