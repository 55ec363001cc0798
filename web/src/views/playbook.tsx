// The playbook: the active version, every version, the escalation matrix, the diff of two, a new version (errors at
// line and column), activate and roll back.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, type ApiErrorBody } from '../api';
import { useApp } from '../app';
import { diffLines } from '../diff';
import { formatDate } from '../format';
import { MatrixView } from './matrix';

interface Version {
  version: number;
  active: boolean;
  createdAt?: string;
  source?: string | null;
}

export function PlaybookView() {
  const { session, t, lang } = useApp();
  const [active, setActive] = useState<{ version: number; yaml: string } | null>(null);
  const [versions, setVersions] = useState<Version[]>([]);
  const [left, setLeft] = useState('');
  const [right, setRight] = useState('');
  const [diff, setDiff] = useState<ReturnType<typeof diffLines> | null>(null);
  const [draft, setDraft] = useState('');
  const [problems, setProblems] = useState<ApiErrorBody | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const reload = async () => {
    const current = await api<{ version: number; yaml: string }>('GET', '/v1/playbook', {
      accept: 'application/json',
    });
    setActive(current);
    setDraft((text) => (text === '' ? current.yaml : text));
    setVersions((await api<{ items: Version[] }>('GET', '/v1/playbook/versions')).items);
  };
  useEffect(() => {
    reload().catch((failure: unknown) => setMessage(String((failure as Error).message)));
  }, []);

  const compare = async () => {
    const [a, b] = await Promise.all(
      [left, right].map((version) => api<string>('GET', `/v1/playbook/versions/${version}`)),
    );
    setDiff(diffLines(a ?? '', b ?? ''));
  };
  const save = async (activate: boolean) => {
    setProblems(null);
    setMessage(null);
    try {
      const saved = await api<{ version: number }>('PUT', `/v1/playbook?activate=${activate}`, {
        body: { yaml: draft },
      });
      setMessage(t('saved', { n: saved.version }));
      await reload();
    } catch (failure) {
      if (failure instanceof ApiError) {
        setProblems(failure.body);
      }
    }
  };
  const run = (action: () => Promise<unknown>) => () =>
    action()
      .then(reload)
      .catch((failure: unknown) => setMessage(String((failure as Error).message)));
  const isAdmin = session.kind === 'admin';

  return (
    <section aria-labelledby="playbook-title">
      <h1 id="playbook-title">{t('playbookTitle')}</h1>
      {active !== null && <p>{t('activeVersion', { n: active.version })}</p>}
      {message !== null && <p role="status">{message}</p>}
      <h2>{t('versions')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('colOpened')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr>
              <td>
                {version.version} {version.active ? `(${t('active')})` : ''}
              </td>
              <td>{formatDate(version.createdAt, lang)}</td>
              <td>
                {isAdmin && !version.active && (
                  <button
                    type="button"
                    onClick={run(() => api('POST', `/v1/playbook/versions/${version.version}/activate`))}
                  >
                    {t('activate')} {version.version}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && (
        <button type="button" onClick={run(() => api('POST', '/v1/playbook/rollback'))}>
          {t('rollback')}
        </button>
      )}
      <h2>{t('matrix')}</h2>
      <MatrixView version={active?.version ?? null} />
      <h2>{t('diff')}</h2>
      <div class="row">
        {[
          [left, setLeft, 'A'],
          [right, setRight, 'B'],
        ].map(([value, setter, name]) => (
          <label>
            {t('version')} {name as string}
            <select
              value={value as string}
              onChange={(event) => (setter as (v: string) => void)((event.target as HTMLSelectElement).value)}
            >
              <option value="">–</option>
              {versions.map((version) => (
                <option value={String(version.version)}>{version.version}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" disabled={left === '' || right === ''} onClick={() => void compare()}>
          {t('diff')}
        </button>
      </div>
      {diff !== null &&
        (diff.every((line) => line.kind === 'same') ? (
          <p>{t('noDiff')}</p>
        ) : (
          <pre class="diff" aria-label={t('diffOf', { a: left, b: right })}>
            {diff
              .filter((line) => line.kind !== 'same')
              .map((line) => (
                <div class={line.kind}>
                  {line.kind === 'added' ? '+' : '-'}
                  {String(line.line).padStart(4)} {line.text}
                </div>
              ))}
          </pre>
        ))}
      <h2>{t('edit')}</h2>
      {isAdmin ? (
        <>
          <label for="playbook-yaml">YAML</label>
          <textarea
            id="playbook-yaml"
            rows={16}
            class="code"
            value={draft}
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
          />
          {problems !== null && (
            <div role="alert" class="error">
              <p>{problems.message}</p>
              <ul>
                {(problems.details ?? []).map((detail) => (
                  <li>
                    {detail.line !== undefined &&
                      `${t('line', { line: detail.line, col: detail.col ?? 1 })}: `}
                    {detail.path} {detail.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="row">
            <button type="button" onClick={() => void save(false)}>
              {t('save')}
            </button>
            <button type="button" onClick={() => void save(true)}>
              {t('saveAndActivate')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('adminOnly')}</p>
      )}
    </section>
  );
}
