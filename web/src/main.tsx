// The dashboard: sign in, then the queues, an escalation, incidents, on call, metrics and the playbook, in English or
// Turkish.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, type Session, whenSignedOut } from './api';
import { AppContext, type AppState, parseRoute } from './app';
import { initialLang, type Key, type Lang, rememberLang, translate } from './i18n';
import { openStream, type LiveStream } from './stream';
import { EscalationView } from './views/escalation';
import { IncidentsView } from './views/incidents';
import { MetricsView } from './views/metrics';
import { OnCallView } from './views/oncall';
import { PlaybookView } from './views/playbook';
import { QueueView } from './views/queue';
import './style.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

function SignIn({
  t,
  notice,
  onSignedIn,
}: {
  t: AppState['t'];
  notice: string | null;
  onSignedIn(s: Session): void;
}) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      onSignedIn(await api<Session>('POST', '/v1/session', { body: { key: key.trim() } }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };
  return (
    <main class="signin">
      <h1>{t('appName')}</h1>
      {notice !== null && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit}>
        <label for="key">{t('keyLabel')}</label>
        <input
          id="key"
          name="key"
          type="password"
          autocomplete="off"
          required
          value={key}
          onInput={(event) => setKey((event.target as HTMLInputElement).value)}
          aria-describedby="key-hint"
        />
        <p id="key-hint" class="hint">
          {t('keyHint')}
        </p>
        {error !== null && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">{t('signIn')}</button>
      </form>
    </main>
  );
}

function LangSwitch({ lang, setLang, t }: { lang: Lang; setLang(lang: Lang): void; t: AppState['t'] }) {
  return (
    <label class="lang">
      {t('language')}{' '}
      <select value={lang} onChange={(event) => setLang((event.target as HTMLSelectElement).value as Lang)}>
        <option value="en" lang="en">
          English
        </option>
        <option value="tr" lang="tr">
          Türkçe
        </option>
      </select>
    </label>
  );
}

function App() {
  const [lang, setLangState] = useState<Lang>(() => initialLang(storage, navigator.languages ?? []));
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [stream, setStream] = useState<LiveStream | null>(null);
  const [streamState, setStreamState] = useState<'live' | 'reconnecting'>('reconnecting');
  const hash = useHash();
  const t = useCallback(
    (key: Key, vars?: Record<string, string | number>) => translate(lang, key, vars),
    [lang],
  );
  const setLang = (next: Lang) => {
    rememberLang(storage, next);
    setLangState(next);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    whenSignedOut(() => {
      setSession(null);
      setNotice(translate(lang, 'signedOutExpired'));
    });
  }, [lang]);
  useEffect(() => {
    api<Session>('GET', '/v1/session')
      .then(setSession)
      .catch(() => setSession(null));
  }, []);
  useEffect(() => {
    if (session === null || session === undefined) {
      return;
    }
    const live = openStream(setStreamState);
    setStream(live);
    return () => live.close();
  }, [session === null || session === undefined]);

  const state = useMemo<AppState | null>(
    () =>
      session === null || session === undefined
        ? null
        : {
            session,
            lang,
            t,
            streamState,
            onEvent: (listener) => stream?.subscribe(listener) ?? (() => undefined),
            onIncidentEvent: (listener) => stream?.subscribeIncidents(listener) ?? (() => undefined),
          },
    [session, lang, t, stream, streamState],
  );

  if (session === undefined) {
    return <p class="loading">{t('loading')}</p>;
  }
  if (state === null) {
    return (
      <>
        <header class="bar">
          <LangSwitch lang={lang} setLang={setLang} t={t} />
        </header>
        <SignIn
          t={t}
          notice={notice}
          onSignedIn={(signedIn) => {
            setNotice(null);
            setSession(signedIn);
          }}
        />
      </>
    );
  }
  const signOut = async () => {
    await api('DELETE', '/v1/session').catch(() => undefined);
    setSession(null);
  };
  const route = parseRoute(hash);
  const [section = 'queue', id = ''] = route.path;
  const nav: Array<[string, Key]> = [
    ['#/queue/mine', 'navQueues'],
    ['#/incidents', 'navIncidents'],
    ['#/oncall', 'navOnCall'],
    ['#/metrics', 'navMetrics'],
    ['#/playbook', 'navPlaybook'],
  ];
  return (
    <AppContext.Provider value={state}>
      <header class="bar">
        <strong>{t('appName')}</strong>
        <nav aria-label={t('appName')}>
          {nav.map(([href, key]) => (
            <a href={href} aria-current={href.startsWith(`#/${section}`) ? 'page' : undefined}>
              {t(key)}
            </a>
          ))}
        </nav>
        <span class={`live ${streamState}`} role="status">
          {streamState === 'live' ? t('live') : t('reconnecting')}
        </span>
        <span class="who">{state.session.name}</span>
        <LangSwitch lang={lang} setLang={setLang} t={t} />
        <button type="button" onClick={signOut}>
          {t('signOut')}
        </button>
      </header>
      <main>
        {section === 'escalations' && id !== '' ? (
          <EscalationView id={id} />
        ) : section === 'incidents' ? (
          <IncidentsView id={id} />
        ) : section === 'oncall' ? (
          <OnCallView />
        ) : section === 'metrics' ? (
          <MetricsView query={route.query} />
        ) : section === 'playbook' ? (
          <PlaybookView />
        ) : (
          <QueueView queue={id === '' ? 'mine' : id} query={route.query} />
        )}
      </main>
    </AppContext.Provider>
  );
}

const root = document.getElementById('app');
if (root !== null) {
  render(<App />, root);
}
