// The dashboard's API client: one typed function per route; failures become ApiError with the problem's
// detail, so views can show what went wrong.
import type {
  ArticleDetail,
  ArticleSummary,
  CodedDoc,
  EventDetail,
  EventWithEvidence,
  Network,
  PlaceAggregate,
  Problem,
  SeriesResponse,
  Stats,
} from './types';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('The dyad server cannot be reached. Is `dyad serve` still running?', 0);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as Problem | null;
    throw new ApiError(problem?.detail ?? `${res.status} ${res.statusText}`, res.status);
  }
  return (await res.json()) as T;
}

const qs = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
};

export interface EventQuery {
  a?: string;
  b?: string;
  place?: string;
  quad?: string;
  limit?: number;
  offset?: number;
  sort?: 'date' | 'mentions';
  evidence?: boolean;
}

export const api = {
  stats: () => request<Stats>('/v1/stats'),
  network: (level: 'country' | 'actor' = 'country') => request<Network>(`/v1/network${qs({ level })}`),
  series: (a: string, b: string, by: string) => request<SeriesResponse>(`/v1/series${qs({ a, b, by })}`),
  events: (query: EventQuery) =>
    request<{ items: EventWithEvidence[]; next: string | null; offset: number; limit: number }>(
      `/v1/events${qs({ ...query })}`,
    ),
  event: (id: string) => request<EventDetail>(`/v1/events/${encodeURIComponent(id)}`),
  places: () => request<{ items: PlaceAggregate[] }>('/v1/places'),
  articles: (limit = 200) => request<{ items: ArticleSummary[] }>(`/v1/articles${qs({ limit })}`),
  article: (id: string) => request<ArticleDetail>(`/v1/articles/${encodeURIComponent(id)}`),
  code: (text: string, published?: string) =>
    request<CodedDoc>('/v1/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'pasted', text, ...(published ? { published } : {}) }),
    }),
};
