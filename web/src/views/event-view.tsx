// One event record: its facts, and every mention with the article it came from and its evidence sentence.
import { api } from '../api';
import { EvidenceSentence } from '../components/evidence-sentence';
import { QuadBadge } from '../components/quad-badge';
import { ErrorBox, Loading } from '../components/status';
import { formatGoldstein } from '../lib/colors';
import { href } from '../router';
import type { EventDetail } from '../types';
import { useFetch } from '../use-fetch';

/** A CAMEO actor code starts with its country (PAKGOV → PAK); IGO, NGO and other codes stand as they are. */
const countryOf = (code: string) =>
  /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|MNC|UNK)/.test(code) ? code.slice(0, 3) : code;

export function EventView({ id }: { id: string }) {
  const detail = useFetch(() => api.event(id), [id]);
  if (detail.state === 'loading') return <Loading what="the event" />;
  if (detail.state === 'error') return <ErrorBox message={detail.message} />;
  return <EventBody detail={detail.data} />;
}

function EventBody({ detail: { event, mentions } }: { detail: EventDetail }) {
  return (
    <article class="event-detail" aria-labelledby="event-title">
      <p>
        <a href={href({ view: 'dyad', a: countryOf(event.sourceCode), b: countryOf(event.targetCode) })}>
          ← The dyad's timeline
        </a>
      </p>
      <h2 id="event-title">
        {event.sourceName} <span class="type">{event.type}</span> {event.targetName}
      </h2>
      <p>
        <QuadBadge quad={event.quadClass} />
      </p>
      <dl class="facts wide">
        <div>
          <dt>Source</dt>
          <dd>
            {event.sourceName} ({event.sourceCode})
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {event.targetName} ({event.targetCode})
          </dd>
        </div>
        <div>
          <dt>CAMEO</dt>
          <dd>{event.cameo}</dd>
        </div>
        <div>
          <dt>Goldstein</dt>
          <dd>{formatGoldstein(event.goldstein)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            {event.dateValue ?? event.day ?? '–'} ({event.datePrecision})
          </dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>
            {event.placeName ?? '–'}
            {event.placeCountry ? `, ${event.placeCountry}` : ''}
          </dd>
        </div>
        <div>
          <dt>First / last seen</dt>
          <dd>
            {event.firstSeen ?? '–'} / {event.lastSeen ?? '–'}
          </dd>
        </div>
        <div>
          <dt>Reported</dt>
          <dd>
            {event.numMentions} mentions, {event.numSources} sources, {event.numArticles} articles
          </dd>
        </div>
      </dl>
      <h3>Mentions ({mentions.length})</h3>
      <ol class="mentions" data-testid="mentions">
        {mentions.map((m) => (
          <li key={`${m.articleId}/${m.docEventId}`}>
            <p class="mention-source">
              <a href={href({ view: 'articles', id: m.articleId })}>{m.title ?? m.docId}</a>
              {m.published && <> · {m.published}</>}
              {m.source && <> · {m.source}</>}
            </p>
            <blockquote data-testid="evidence">
              <EvidenceSentence mention={m} />
            </blockquote>
            <p class="hint">
              Trigger “{m.trigger.text}” in sentence {m.sentence.index + 1} · {m.modality}
              {m.negated ? ' · negated' : ''} · confidence {m.confidence.toFixed(2)}
              {m.rule ? ` · rule ${m.rule}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
