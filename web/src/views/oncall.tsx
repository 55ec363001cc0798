// On call now: per rotation who is on call now and who takes over next; per team its escalation ladder, step by
// step, with the people each step reaches at this moment.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { useApp } from '../app';
import { formatDate, formatDuration } from '../format';

interface Shift {
  id: string;
  name: string;
  from: string;
  to: string;
  source: 'rotation' | 'override';
}

export interface OnCallOverview {
  at: string;
  rotations: Array<{ rotation: string; team: string; timezone: string; now: Shift; next: Shift }>;
  ladders: Array<{
    team: string;
    startOn: string[];
    repeat: number;
    repeatAfter: string | null;
    steps: Array<{
      level: number;
      delay: string;
      afterMs: number;
      notify: Array<{ target: string; people: Array<{ id: string; name: string }> }>;
    }>;
  }>;
}

export function OnCallView() {
  const { t, lang } = useApp();
  const [overview, setOverview] = useState<OnCallOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<OnCallOverview>('GET', '/v1/oncall/overview')
      .then(setOverview)
      .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.message : String(failure)));
  }, []);
  const person = (shift: Shift) => (
    <>
      {shift.name}
      {shift.source === 'override' && <span class="tag"> ({t('override')})</span>}
    </>
  );
  const target = (item: OnCallOverview['ladders'][number]['steps'][number]['notify'][number]) => {
    if (item.target === 'tier:next') {
      return t('tierNext');
    }
    const names = item.people.map((one) => one.name).join(', ');
    return item.target.startsWith('person:') ? names : `${item.target} → ${names || t('nobody')}`;
  };
  return (
    <section aria-labelledby="oncall-title">
      <h1 id="oncall-title">{t('onCallNow')}</h1>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {overview === null ? (
        error === null && <p>{t('loading')}</p>
      ) : (
        <>
          {overview.rotations.length === 0 ? (
            <p>{t('noRotations')}</p>
          ) : (
            <table class="oncall">
              <thead>
                <tr>
                  <th scope="col">{t('rotation')}</th>
                  <th scope="col">{t('colTeam')}</th>
                  <th scope="col">{t('onCallNowCol')}</th>
                  <th scope="col">{t('shiftEnds')}</th>
                  <th scope="col">{t('onCallNext')}</th>
                  <th scope="col">{t('shiftEnds')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.rotations.map((row) => (
                  <tr key={row.rotation} data-rotation={row.rotation}>
                    <th scope="row">{row.rotation}</th>
                    <td>{row.team}</td>
                    <td data-testid="now">{person(row.now)}</td>
                    <td>{formatDate(row.now.to, lang)}</td>
                    <td data-testid="next">{person(row.next)}</td>
                    <td>{formatDate(row.next.to, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('ladders')}</h2>
          {overview.ladders.length === 0 ? (
            <p>{t('noLadders')}</p>
          ) : (
            overview.ladders.map((ladder, index) => (
              <section class="ladder" aria-labelledby={`ladder-${index}`} data-team={ladder.team}>
                <h3 id={`ladder-${index}`}>{t('ladderOf', { team: ladder.team })}</h3>
                <p>
                  {t('startsOn', { events: ladder.startOn.join(', ') })}
                  {ladder.repeat > 0 && ` · ${t('repeats', { n: ladder.repeat })}`}
                </p>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('step')}</th>
                      <th scope="col">{t('wait')}</th>
                      <th scope="col">{t('afterStart')}</th>
                      <th scope="col">{t('notifies')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ladder.steps.map((step) => (
                      <tr key={step.level}>
                        <th scope="row">{step.level}</th>
                        <td>{step.delay}</td>
                        <td>{formatDuration(step.afterMs, lang)}</td>
                        <td>
                          <ul class="plain">
                            {step.notify.map((item) => (
                              <li>{target(item)}</li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))
          )}
        </>
      )}
    </section>
  );
}
