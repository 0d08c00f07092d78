// An article's text with its layers highlighted; hovering or focusing a highlight shows what it is in the
// inspector below (events are in the tab order, so the keyboard reaches every coded event).
import { useMemo, useState } from 'preact/hooks';
import { type Mark, type Run, segments } from '../lib/segments';

export function HighlightedText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const runs = useMemo(() => segments(text, marks), [text, marks]);
  const [active, setActive] = useState<Run | null>(null);
  return (
    <div class="highlighted">
      <div class="article-text" data-testid="article-text">
        {runs.map((run) =>
          run.marks.length === 0 ? (
            run.text
          ) : (
            <mark
              key={run.start}
              class={`hl ${[...new Set(run.marks.map((m) => `hl-${m.layer}`))].join(' ')}`}
              title={run.marks.map((m) => m.label).join('\n')}
              tabIndex={run.marks.some((m) => m.layer === 'event') ? 0 : undefined}
              onMouseEnter={() => setActive(run)}
              onFocus={() => setActive(run)}
            >
              {run.text}
            </mark>
          ),
        )}
      </div>
      <div class="inspector" aria-live="polite">
        {active ? (
          <ul>
            {active.marks.map((m) => (
              <li key={`${m.layer}${m.start}${m.end}${m.label}`}>
                <span class={`swatch hl-${m.layer}`} aria-hidden="true" /> {m.label}
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">Point at or tab to a highlight to see what was coded.</p>
        )}
      </div>
    </div>
  );
}
