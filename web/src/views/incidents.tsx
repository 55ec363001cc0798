// Incidents: the open ones, and one incident with its phase, roles, escalations and timeline, and what the people
// running it do there (see incident-actions.tsx). Both follow the live stream: an incident event (or a gap) reloads
// what is shown, so a phase change, an update posted, a hand-over or a resolution appears without a reload of the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type IncidentDetail, type IncidentSummary } from '../api';
import { useApp } from '../app';
import { formatDate } from '../format';
import { phaseName } from '../incident';
import { describeRefusal } from '../refusal';
import { IncidentActions } from './incident-actions';

export function IncidentsView({ id }: { id: string }) {
  return id === '' ? <IncidentList /> : <IncidentPage id={id} />;
}

/**
 * Loads with `load` now and again whenever an incident event that `concerns` it (or a gap) arrives; `reload` reads it
 * again at once (after an action).
 */
function useLiveIncidents<T>(load: () => Promise<T>, concerns: (incidentId: string) => boolean, key: string) {
  const { onIncidentEvent } = useApp();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<() => Promise<unknown>>(() => Promise.resolve());
  useEffect(() => {
    let isCurrent = true;
    const reload = () =>
      load()
        .then((next) => isCurrent && (setValue(next), setError(null)))
        .catch((failure: unknown) => isCurrent && setError(describeRefusal(failure).message));
    current.current = reload;
    void reload();
    const stop = onIncidentEvent((message) => {
      if (message.kind === 'gap' || concerns(message.event.incidentId)) {
        void reload();
      }
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [key, onIncidentEvent]);
  return { value, error, reload: () => current.current() };
}

function IncidentList() {
  const { t, lang } = useApp();
  const { value, error } = useLiveIncidents(
    () => api<{ incidents: IncidentSummary[] }>('GET', '/v1/incidents?status=open'),
    () => true,
    'list',
  );
  return (
    <section aria-labelledby="incidents-title">
      <h1 id="incidents-title">{t('incidentsOpen')}</h1>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {value === null ? (
        <p class="loading">{t('loading')}</p>
      ) : value.incidents.length === 0 ? (
        <p>{t('incidentsNone')}</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t('colIncident')}</th>
              <th scope="col">{t('colSeverity')}</th>
              <th scope="col">{t('colPhase')}</th>
              <th scope="col">{t('colOwner')}</th>
              <th scope="col">{t('colOpened')}</th>
            </tr>
          </thead>
          <tbody>
            {value.incidents.map((incident) => (
              <tr>
                <td>
                  <a href={`#/incidents/${encodeURIComponent(incident.id)}`}>{incident.title}</a>
                </td>
                <td>{incident.severity}</td>
                <td>{phaseName(incident.phase, lang)}</td>
                <td>{incident.owner ?? ''}</td>
                <td>
                  <time dateTime={incident.openedAt}>{formatDate(incident.openedAt, lang)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function IncidentPage({ id }: { id: string }) {
  const { t, lang } = useApp();
  const {
    value: incident,
    error,
    reload,
  } = useLiveIncidents(
    () => api<IncidentDetail>('GET', `/v1/incidents/${encodeURIComponent(id)}`),
    (incidentId) => incidentId === id,
    id,
  );
  return (
    <section aria-labelledby="incident-title">
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {incident === null ? (
        <p class="loading">{t('loading')}</p>
      ) : (
        <>
          <h1 id="incident-title">{incident.title}</h1>
          <dl class="facts">
            <dt>{t('colSeverity')}</dt>
            <dd>{incident.severity}</dd>
            <dt>{t('colPhase')}</dt>
            <dd data-testid="incident-phase">{phaseName(incident.phase, lang)}</dd>
            <dt>{t('colOwner')}</dt>
            <dd>{incident.owner ?? ''}</dd>
            <dt>{t('incidentNextUpdate')}</dt>
            <dd>{formatDate(incident.nextUpdateAt, lang)}</dd>
            <dt>{t('version')}</dt>
            <dd data-testid="incident-version">{incident.version}</dd>
          </dl>
          {incident.summary !== null && <p>{incident.summary}</p>}
          <IncidentActions incident={incident} reload={reload} />
          <h2>{t('incidentEscalations')}</h2>
          <ul>
            {incident.escalations.map((escalation) => (
              <li>
                <a href={`#/escalations/${encodeURIComponent(escalation)}`}>{escalation}</a>
              </li>
            ))}
          </ul>
          <h2>{t('incidentTimeline')}</h2>
          <ol class="timeline">
            {incident.timeline.map((event) => (
              <li>
                <time dateTime={event.at}>{formatDate(event.at, lang)}</time> <strong>{event.type}</strong>{' '}
                {event.actor ?? ''}
                {typeof event.data.note === 'string' ? `: ${event.data.note}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
