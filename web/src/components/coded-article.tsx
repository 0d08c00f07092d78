// One coded document: the text with its layers highlighted (each layer can be switched off), its events as
// a table, and the coded JSON beside it.
import { useMemo, useState } from 'preact/hooks';
import { quadColor } from '../lib/colors';
import { LAYERS, type Layer, marksOf } from '../lib/marks';
import type { CodedDoc } from '../types';
import { HighlightedText } from './highlighted-text';

export function CodedArticle({ doc }: { doc: CodedDoc }) {
  const byLayer = useMemo(() => marksOf(doc), [doc]);
  const [shown, setShown] = useState<Set<Layer>>(() => new Set(LAYERS.map((l) => l.layer)));
  const marks = useMemo(
    () => LAYERS.flatMap((l) => (shown.has(l.layer) ? byLayer[l.layer] : [])),
    [byLayer, shown],
  );
  const actor = new Map(doc.actors.map((a) => [a.id, a]));
  const toggle = (layer: Layer) => {
    const next = new Set(shown);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setShown(next);
  };
  return (
    <div class="coded">
      <section class="coded-text" aria-label="Article text with highlights">
        <fieldset class="layers">
          <legend>Highlight</legend>
          {LAYERS.map((l) => (
            <label key={l.layer}>
              <input type="checkbox" checked={shown.has(l.layer)} onChange={() => toggle(l.layer)} />
              <span class={`swatch hl-${l.layer}`} aria-hidden="true" /> {l.label} ({byLayer[l.layer].length})
            </label>
          ))}
        </fieldset>
        <HighlightedText text={doc.text} marks={marks} />
        <h3>Events ({doc.events.length})</h3>
        {doc.events.length === 0 ? (
          <p class="hint">No political event was found in this text.</p>
        ) : (
          <table class="compact" data-testid="doc-events">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Source → target</th>
                <th scope="col">Trigger</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {doc.events.map((e) => (
                <tr key={e.id}>
                  <td>
                    <span class="dot" style={{ background: quadColor(e.quadClass) }} aria-hidden="true" />
                    {e.type} <small>{e.cameo}</small>
                  </td>
                  <td>
                    {e.source.map((id) => actor.get(id)?.name ?? id).join(', ') || '–'} →{' '}
                    {e.target.map((id) => actor.get(id)?.name ?? id).join(', ') || '–'}
                  </td>
                  <td>
                    {e.negated ? <s>{e.trigger.text}</s> : e.trigger.text}
                    {e.modality !== 'asserted' && <small> ({e.modality})</small>}
                  </td>
                  <td>{e.date?.value ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="coded-json" aria-label="Coded document as JSON">
        <h3>Coded JSON</h3>
        <pre>{JSON.stringify({ ...doc, text: `${doc.text.slice(0, 80)}…` }, null, 2)}</pre>
      </section>
    </div>
  );
}
