// Who is on call now, per rotation.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { useApp } from '../app';
import { formatDate } from '../format';

interface OnCall {
  rotation: string;
  team: string;
  person: string | null;
  shift: { from: string; to: string; source: string };
}

export function OnCallView() {
  const { t, lang } = useApp();
  const [items, setItems] = useState<OnCall[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: OnCall[] }>('GET', '/v1/oncall')
      .then((answer) => setItems(answer.items))
      .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.message : String(failure)));
  }, []);
  return (
    <section aria-labelledby="oncall-title">
      <h1 id="oncall-title">{t('onCallNow')}</h1>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items === null ? (
        error === null && <p>{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rotation')}</th>
              <th scope="col">{t('colTeam')}</th>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('shiftEnds')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr>
                <td>{item.rotation}</td>
                <td>{item.team}</td>
                <td>{item.person ?? t('nobody')}</td>
                <td>{formatDate(item.shift.to, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
