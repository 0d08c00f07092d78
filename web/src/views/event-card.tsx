// One event record in a list: who did what to whom, when and where, how often reported, and the sentence
// it came from with the trigger highlighted.
import { EvidenceSentence } from '../components/evidence-sentence';
import { QuadBadge } from '../components/quad-badge';
import { formatGoldstein, quadColor } from '../lib/colors';
import { href } from '../router';
import type { EventWithEvidence } from '../types';

export function EventCard({ event }: { event: EventWithEvidence }) {
  const first = event.mentions?.[0];
  return (
    <li class="event-card" style={{ borderLeftColor: quadColor(event.quadClass) }} data-testid="event-card">
      <div class="event-head">
        <a class="event-title" href={href({ view: 'event', id: event.id })}>
          <strong>{event.sourceName}</strong> <span class="type">{event.type}</span>{' '}
          <strong>{event.targetName}</strong>
        </a>
        <QuadBadge quad={event.quadClass} />
      </div>
      <dl class="facts">
        <div>
          <dt>Date</dt>
          <dd>{event.dateValue ?? (event.day ? `${event.day} (published)` : '–')}</dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>
            {event.placeName
              ? `${event.placeName}${event.placeCountry ? `, ${event.placeCountry}` : ''}`
              : '–'}
          </dd>
        </div>
        <div>
          <dt>Codes</dt>
          <dd>
            {event.sourceCode} → {event.targetCode} · CAMEO {event.cameo}
          </dd>
        </div>
        <div>
          <dt>Goldstein</dt>
          <dd>{formatGoldstein(event.goldstein)}</dd>
        </div>
        <div>
          <dt>Reported</dt>
          <dd>
            {event.numMentions} mention{event.numMentions === 1 ? '' : 's'}, {event.numSources} source
            {event.numSources === 1 ? '' : 's'}, {event.numArticles} article
            {event.numArticles === 1 ? '' : 's'}
          </dd>
        </div>
      </dl>
      {first && (
        <p class="event-evidence">
          <EvidenceSentence mention={first} />
          {first.title && <cite> — {first.title}</cite>}
        </p>
      )}
    </li>
  );
}
