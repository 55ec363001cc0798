// What every view reads: the session, the language with its words, and the live event stream.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session, TimelineEvent } from './api';
import type { IncidentMessage } from './stream';
import type { Key, Lang } from './i18n';

export interface AppState {
  session: Session;
  lang: Lang;
  t(key: Key, vars?: Record<string, string | number>): string;
  /** Listens to the timeline's live events; returns the way to stop. */
  onEvent(listener: (event: TimelineEvent) => void): () => void;
  /** Listens to incidents' live events (and to gaps: reload what is shown); returns the way to stop. */
  onIncidentEvent(listener: (message: IncidentMessage) => void): () => void;
  streamState: 'live' | 'reconnecting';
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (app === null) {
    throw new Error('no app state');
  }
  return app;
}

/** The hash route: #/queue/mine?team=x → { path: ['queue', 'mine'], query }. */
export function parseRoute(hash: string): { path: string[]; query: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return {
    path: path
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent),
    query: new URLSearchParams(query),
  };
}
