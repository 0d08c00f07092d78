// An evidence sentence with the event's trigger highlighted (offsets are into the article's text).
import type { MentionRecord } from '../types';

export function EvidenceSentence({ mention }: { mention: Pick<MentionRecord, 'sentence' | 'trigger'> }) {
  const { sentence, trigger } = mention;
  const from = trigger.start - sentence.start;
  const to = trigger.end - sentence.start;
  if (from < 0 || to > sentence.text.length) return <q class="evidence">{sentence.text}</q>;
  return (
    <q class="evidence">
      {sentence.text.slice(0, from)}
      <mark class="trigger">{sentence.text.slice(from, to)}</mark>
      {sentence.text.slice(to)}
    </q>
  );
}
