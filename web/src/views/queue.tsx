// The queues: mine, my teams', unassigned, breaching soon, waiting on approval (and all), a page of 100 at a time,
// with filters and sorting; changes arrive live over the stream without a reload.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Escalation, type EscalationDetail } from '../api';
import { useApp } from '../app';
import { formatDate, formatDuration } from '../format';
import type { Key } from '../i18n';
import {
  belongs,
  type Filters,
  queryOf,
  type QueueId,
  queueIds,
  type Sort,
  sortRows,
  upsert,
} from '../queue';

const queueWords: Record<QueueId, Key> = {
  mine: 'queueMine',
  teams: 'queueTeams',
  unassigned: 'queueUnassigned',
  breaching: 'queueBreaching',
  approval: 'queueApproval',
  all: 'queueAll',
};

const priorities = ['urgent', 'high', 'normal', 'low'];

/** The earliest due time of a running (not met, not paused) clock, in ms from now. */
const nextDue = (detail: EscalationDetail, now: number): number | null => {
  const due = (detail.sla?.clocks ?? [])
    .filter((clock) => clock.dueAt !== null && !clock.isPaused && clock.state !== 'met')
    .map((clock) => Date.parse(clock.dueAt ?? '') - now);
  return due.length === 0 ? null : Math.min(...due);
};

export function QueueView({ queue: queueName, query }: { queue: string; query: URLSearchParams }) {
  const { session, t, lang, onEvent } = useApp();
  const queue: QueueId = (queueIds as readonly string[]).includes(queueName)
    ? (queueName as QueueId)
    : 'mine';
  const [filters, setFilters] = useState<Filters>(() => ({
    ...(query.get('opened_after') === null ? {} : { openedAfter: query.get('opened_after') ?? '' }),
    ...(query.get('opened_before') === null ? {} : { openedBefore: query.get('opened_before') ?? '' }),
    ...(query.get('team') === null ? {} : { team: query.get('team') ?? '' }),
    ...(query.get('trigger') === null ? {} : { trigger: query.get('trigger') ?? '' }),
    ...(query.get('locale') === null ? {} : { locale: query.get('locale') ?? '' }),
  }));
  const [sort, setSort] = useState<Sort>(queue === 'breaching' ? 'oldest' : 'newest');
  const [rows, setRows] = useState<Escalation[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [due, setDue] = useState<Record<string, number | null>>({});

  const serverFilters = { ...filters, text: undefined };
  // Which filters the answers on their way belong to: a list or an escalation asked for under filters changed since
  // is dropped, so a slow answer of before never replaces or removes the rows of the filters shown now.
  const generation = useRef(0);
  const load = async (after: string | null) => {
    const asked = generation.current;
    setLoading(true);
    try {
      const params = queryOf(queue, session, serverFilters);
      if (after !== null) {
        params.set('cursor', after);
      }
      const page = await api<{ items: Escalation[]; nextCursor: string | null }>(
        'GET',
        `/v1/escalations?${params}`,
      );
      if (asked !== generation.current) {
        return;
      }
      const items = page.items.filter((row) => belongs(queue, session, { ...filters, text: undefined }, row));
      setRows((current) => (after === null ? items : [...current, ...items]));
      setCursor(page.nextCursor);
      setError(null);
    } catch (failure) {
      if (asked === generation.current) {
        setError(String((failure as Error).message));
      }
    } finally {
      if (asked === generation.current) {
        setLoading(false);
      }
    }
  };
  const filterKey = JSON.stringify([queue, serverFilters]);
  useEffect(() => {
    generation.current += 1;
    void load(null);
  }, [filterKey]);

  // Live: each event names an escalation; it is read again and added, kept or dropped by the queue's rule.
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'gap') {
          void load(null);
          return;
        }
        if (event.escalationId === '') {
          return;
        }
        const asked = generation.current;
        api<EscalationDetail>('GET', `/v1/escalations/${encodeURIComponent(event.escalationId)}`)
          .then((escalation) =>
            asked !== generation.current
              ? undefined
              : setRows((current) =>
                  upsert(
                    current,
                    escalation,
                    belongs(queue, session, { ...filters, text: undefined }, escalation),
                  ),
                ),
          )
          .catch(() => undefined);
      }),
    [filterKey, onEvent],
  );

  // Breaching soon: the SLA clocks of the first rows are read to find when each is next due.
  useEffect(() => {
    if (queue !== 'breaching') {
      return;
    }
    const now = Date.now();
    const wanted = rows.slice(0, 50).filter((row) => !(row.id in due));
    for (const row of wanted) {
      api<EscalationDetail>('GET', `/v1/escalations/${encodeURIComponent(row.id)}`)
        .then((detail) => setDue((current) => ({ ...current, [row.id]: nextDue(detail, now) })))
        .catch(() => undefined);
    }
  }, [queue, rows]);

  const shown = useMemo(() => {
    const kept = rows.filter((row) => belongs(queue, session, filters, row));
    if (queue === 'breaching') {
      return kept
        .filter((row) => due[row.id] !== null)
        .sort((a, b) => (due[a.id] ?? Infinity) - (due[b.id] ?? Infinity));
    }
    return sortRows(kept, sort);
  }, [rows, filters, sort, due, queue]);

  const set = (name: keyof Filters) => (event: Event) =>
    setFilters((current) => ({ ...current, [name]: (event.target as HTMLInputElement).value }));
  const select = (name: keyof Filters, label: Key, options: string[]) => (
    <label>
      {t(label)}
      <select value={filters[name] ?? ''} onChange={set(name)}>
        <option value="">{t('any')}</option>
        {options.map((option) => (
          <option value={option}>{option}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t(queueWords[queue])}</h1>
      <nav class="tabs" aria-label={t('navQueues')}>
        {queueIds.map((id) => (
          <a href={`#/queue/${id}`} aria-current={id === queue ? 'page' : undefined}>
            {t(queueWords[id])}
          </a>
        ))}
      </nav>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        {select('team', 'filterTeam', session.teams)}
        {select('tier', 'filterTier', session.tiers)}
        {select('priority', 'filterPriority', priorities)}
        {select(
          'status',
          'filterStatus',
          session.statuses.map((status) => status.id),
        )}
        {select('trigger', 'filterTrigger', session.triggers)}
        {select('locale', 'filterLocale', session.locales)}
        <label>
          {t('filterText')}
          <input type="search" value={filters.text ?? ''} onInput={set('text')} />
        </label>
        <label>
          {t('sortBy')}
          <select
            value={sort}
            onChange={(event) => setSort((event.target as HTMLSelectElement).value as Sort)}
          >
            <option value="newest">{t('sortNewest')}</option>
            <option value="oldest">{t('sortOldest')}</option>
            <option value="priority">{t('sortPriority')}</option>
            <option value="updated">{t('sortUpdated')}</option>
          </select>
        </label>
      </form>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="count" aria-live="polite">
        {loading ? t('loading') : t('shown', { n: shown.length })}
      </p>
      {shown.length === 0 && !loading ? (
        <p>{t('empty')}</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t('colId')}</th>
              <th scope="col">{t('colCase')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colPriority')}</th>
              <th scope="col">{t('colTeam')}</th>
              <th scope="col">{t('colTier')}</th>
              <th scope="col">{t('colAssignee')}</th>
              <th scope="col">{queue === 'breaching' ? t('colDue') : t('colOpened')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} data-id={row.id}>
                <td>
                  <a href={`#/escalations/${encodeURIComponent(row.id)}`}>{row.id}</a>
                </td>
                <td>{row.caseId}</td>
                <td>{row.status}</td>
                <td>
                  <span class={`priority ${row.priority}`}>{row.priority}</span>
                </td>
                <td>{row.team}</td>
                <td>{row.tier ?? '–'}</td>
                <td>{row.assignee ?? t('nobody')}</td>
                <td>
                  {queue === 'breaching'
                    ? due[row.id] === undefined
                      ? '…'
                      : formatDuration(due[row.id] ?? 0, lang)
                    : formatDate(row.openedAt, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor !== null && (
        <button type="button" disabled={loading} onClick={() => void load(cursor)}>
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}
