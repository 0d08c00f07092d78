// "Code an article": paste a text and its publication date and see it coded at once (nothing is stored).
import { useRef, useState } from 'preact/hooks';
import { api } from '../api';
import { CodedArticle } from '../components/coded-article';
import { ErrorBox, Loading } from '../components/status';
import type { CodedDoc } from '../types';

// Written for the project (fictional, like examples/): a sample to try the coder with.
const SAMPLE = {
  published: '2024-05-15',
  text:
    'Norway pledges $40 million to Sudan relief\n\n' +
    'OSLO — Norway will give $40 million in humanitarian aid to Sudan, Foreign Minister Espen Barth Eide said on ' +
    'Tuesday after meeting his Sudanese counterpart in Oslo. "Civilians must not pay the price of this war," Eide ' +
    'told reporters. The minister also urged both warring parties to return to talks in Jeddah next month.',
};

type State =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ok'; doc: CodedDoc };

export function CodeView() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [result, setResult] = useState<State>({ state: 'idle' });
  const latest = useRef(0);

  const run = async (t = text, p = published) => {
    if (t.trim() === '') {
      setResult({ state: 'error', message: 'Paste or type an article first.' });
      return;
    }
    const ticket = ++latest.current;
    setResult({ state: 'loading' });
    try {
      const doc = await api.code(t, p || undefined);
      if (ticket === latest.current) setResult({ state: 'ok', doc });
    } catch (error) {
      if (ticket === latest.current)
        setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="code-view">
      <form
        class="code-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label for="code-text">Article text</label>
        <textarea
          id="code-text"
          rows={9}
          value={text}
          placeholder="Paste a news article here…"
          onInput={(e) => setText(e.currentTarget.value)}
          onPaste={(e) => {
            const pasted = e.currentTarget;
            // Code as soon as the pasted text is in the field.
            setTimeout(() => {
              setText(pasted.value);
              void run(pasted.value);
            }, 0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void run();
            }
          }}
          data-testid="code-text"
        />
        <div class="row">
          <label>
            Publication date{' '}
            <input
              type="date"
              value={published}
              onInput={(e) => setPublished(e.currentTarget.value)}
              data-testid="code-date"
            />
          </label>
          <button type="submit" data-testid="code-submit">
            Code it
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setText(SAMPLE.text);
              setPublished(SAMPLE.published);
              void run(SAMPLE.text, SAMPLE.published);
            }}
          >
            Try a sample
          </button>
          <span class="hint">Ctrl+Enter codes; the date resolves “on Tuesday” and the like.</span>
        </div>
      </form>
      {result.state === 'loading' && <Loading what="the coding" />}
      {result.state === 'error' && <ErrorBox message={result.message} />}
      {result.state === 'ok' && <CodedArticle doc={result.doc} />}
    </div>
  );
}
