// For managers: the three headline numbers over time (uPlot charts), bottlenecks, triggers and outcomes, SLA met,
// the backlog; a click on a chart point opens the escalations behind it. Without GET /v1/metrics (404) it says so.
// A saved audit (GET /v1/audits) can be chosen as the baseline: before and after side by side, as the CLI's
// `handoff report --against-baseline` compares them.
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  type BaselineAfter,
  type BaselineBefore,
  type BaselineRow,
  changeOf,
  compareWithBaseline,
} from '../../../src/core/audit/compare-baseline';
import { api, ApiError } from '../api';
import { useApp } from '../app';
import { formatDate, formatDuration, formatNumber, formatPercent, timeZone } from '../format';
import type { Key } from '../i18n';
import { chartData, drillRange, flatten, type MetricsAnswer } from '../metrics';

function Chart({
  title,
  xs,
  ys,
  unit,
  onPick,
}: {
  title: string;
  xs: number[];
  ys: Array<number | null>;
  unit: string;
  onPick(index: number): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (host.current === null) {
      return;
    }
    const plot = new uPlot(
      {
        title,
        width: Math.min(720, host.current.clientWidth || 720),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone()),
        series: [{}, { label: unit, stroke: '#1f5fa8', width: 2, points: { size: 7 }, spanGaps: true }],
        axes: [{}, { label: unit }],
        cursor: { points: { size: 9 } },
      },
      [xs, ys] as uPlot.AlignedData,
      host.current,
    );
    const over = plot.over;
    const pick = () => {
      const index = plot.cursor.idx;
      if (index !== null && index !== undefined) {
        onPick(index);
      }
    };
    over.addEventListener('click', pick);
    return () => {
      over.removeEventListener('click', pick);
      plot.destroy();
    };
  }, [title, xs, ys]);
  return <figure class="chart" ref={host} aria-label={title} data-points={xs.length} />;
}

function Table({ title, value }: { title: Key; value: unknown }) {
  const { t, lang } = useApp();
  const rows = flatten(value);
  if (rows.length === 0) {
    return null;
  }
  return (
    <section>
      <h2>{t(title)}</h2>
      <table>
        <tbody>
          {rows.slice(0, 200).map(([path, number]) => (
            <tr>
              <th scope="row">{path}</th>
              <td>
                {typeof number === 'number'
                  ? /(ms|Ms|median|p90|mean|dwell)/.test(path) && number > 1000
                    ? formatDuration(number, lang)
                    : /rate/i.test(path)
                      ? formatPercent(number, lang)
                      : formatNumber(number, lang)
                  : number}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface SavedAudit {
  name: string;
  createdAt: string;
  source: string;
  cases: number;
}

const rateIn = (rates: unknown, key: string): number | null => {
  const value = typeof rates === 'object' && rates !== null ? (rates as Record<string, unknown>)[key] : null;
  return typeof value === 'number' ? value : null;
};

/** The live answer as the comparison reads it (rates it lacks count as unknown). */
const afterOf = (answer: MetricsAnswer): BaselineAfter => ({
  headline: answer.headline,
  rates: { rerouteRate: rateIn(answer.rates, 'rerouteRate'), reopenRate: rateIn(answer.rates, 'reopenRate') },
});

/**
 * A saved audit chosen as the baseline beside the live numbers (once they are loaded); nothing when no audit is saved
 * or the key may not read them. It stays mounted while the range changes, so the choice is kept.
 */
function Baseline({ answer }: { answer: MetricsAnswer | null }) {
  const { t, lang } = useApp();
  const [audits, setAudits] = useState<SavedAudit[]>([]);
  const [chosen, setChosen] = useState('');
  const [before, setBefore] = useState<{ name: string; report: BaselineBefore } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    // A key that may not read saved audits, or a server without them, simply has no baseline to choose.
    api<{ audits: SavedAudit[] }>('GET', '/v1/audits')
      .then((found) => setAudits(found.audits))
      .catch(() => setAudits([]));
  }, []);
  useEffect(() => {
    setBefore(null);
    setError('');
    if (chosen === '') {
      return;
    }
    // A baseline chosen before another is dropped when its answer arrives late.
    let current = true;
    api<{ name: string; report: BaselineBefore }>('GET', `/v1/audits/${encodeURIComponent(chosen)}`)
      .then((found) => current && setBefore(found))
      .catch((failure: unknown) => current && setError(String((failure as Error).message)));
    return () => {
      current = false;
    };
  }, [chosen]);
  if (audits.length === 0) {
    return null;
  }
  const show = (row: BaselineRow, value: number | null) =>
    value === null ? '–' : row.kind === 'duration' ? formatDuration(value, lang) : formatPercent(value, lang);
  const change = (row: BaselineRow) => {
    const found = changeOf(row);
    if (found === null) {
      return <td>–</td>;
    }
    const amount =
      row.kind === 'duration'
        ? `${found.delta > 0 ? '+' : ''}${formatDuration(found.delta, lang)}`
        : t('percentPoints', {
            n: formatNumber(found.delta * 100, lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
          });
    const word = { better: 'changeBetter', worse: 'changeWorse', same: 'changeSame' } as const;
    return (
      <td class={found.direction === 'better' ? 'ok' : found.direction === 'worse' ? 'error' : ''}>
        {found.direction === 'same' ? t('changeSame') : `${amount}, ${t(word[found.direction])}`}
      </td>
    );
  };
  return (
    <section class="baseline" {...(before === null ? {} : { 'aria-labelledby': 'baseline-title' })}>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('baselineCompare')}
          <select value={chosen} onChange={(event) => setChosen((event.target as HTMLSelectElement).value)}>
            <option value="">{t('baselineNone')}</option>
            {audits.map((audit) => (
              <option value={audit.name}>
                {t('baselineOption', {
                  name: audit.name,
                  date: formatDate(audit.createdAt, lang),
                  n: formatNumber(audit.cases, lang),
                })}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error !== '' && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {before !== null && answer !== null && (
        <>
          <h2 id="baseline-title">{t('baselineTitle', { name: before.name })}</h2>
          <p class="hint">{t('baselineHint')}</p>
          <table data-testid="baseline-table">
            <thead>
              <tr>
                <th scope="col">{t('baselineMeasure')}</th>
                <th scope="col">{t('baselineBefore', { name: before.name })}</th>
                <th scope="col">{t('baselineNow')}</th>
                <th scope="col">{t('baselineChange')}</th>
              </tr>
            </thead>
            <tbody>
              {compareWithBaseline(before.report, afterOf(answer)).map((row) => (
                <tr>
                  <th scope="row">{t(row.id)}</th>
                  <td>{show(row, row.before)}</td>
                  <td>{show(row, row.after)}</td>
                  {change(row)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function MetricsView({ query }: { query: URLSearchParams }) {
  const { t, lang } = useApp();
  const [interval, setInterval] = useState<'day' | 'hour'>(query.get('interval') === 'hour' ? 'hour' : 'day');
  const [days, setDays] = useState(14);
  const [answer, setAnswer] = useState<MetricsAnswer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'absent' | 'forbidden' | 'error'>('loading');
  const [error, setError] = useState('');
  useEffect(() => {
    setState('loading');
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    const params = new URLSearchParams({
      from: from.toISOString(),
      to: to.toISOString(),
      interval,
      tz: timeZone(),
    });
    // An answer for a range or interval changed since is dropped: the one asked for last is the one shown.
    let current = true;
    api<MetricsAnswer>('GET', `/v1/metrics?${params}`)
      .then((found) => {
        if (!current) {
          return;
        }
        setAnswer(found);
        setState('ready');
      })
      .catch((failure: unknown) => {
        if (!current) {
          return;
        }
        if (failure instanceof ApiError && failure.status === 404) {
          setState('absent');
        } else if (failure instanceof ApiError && failure.status === 403) {
          setState('forbidden');
        } else {
          setError(String((failure as Error).message));
          setState('error');
        }
      });
    return () => {
      current = false;
    };
  }, [interval, days]);

  const data = answer === null ? null : chartData(answer);
  const drill = (index: number) => {
    const range = answer === null ? null : drillRange(answer, index);
    if (range !== null) {
      location.hash = `#/queue/all?opened_after=${encodeURIComponent(range.openedAfter)}&opened_before=${encodeURIComponent(range.openedBefore)}`;
    }
  };
  return (
    <section aria-labelledby="metrics-title">
      <h1 id="metrics-title">{t('metricsTitle')}</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('interval')}
          <select
            value={interval}
            onChange={(event) => setInterval((event.target as HTMLSelectElement).value as 'day' | 'hour')}
          >
            <option value="day">{t('day')}</option>
            <option value="hour">{t('hour')}</option>
          </select>
        </label>
        <label>
          {t('from')}
          <select
            value={String(days)}
            onChange={(event) => setDays(Number((event.target as HTMLSelectElement).value))}
          >
            {[1, 7, 14, 30, 90].map((n) => (
              <option value={String(n)}>
                {formatNumber(n, lang)} × {t('day')}
              </option>
            ))}
          </select>
        </label>
      </form>
      {(state === 'loading' || state === 'ready') && <Baseline answer={state === 'ready' ? answer : null} />}
      {state === 'loading' && <p>{t('loading')}</p>}
      {state === 'absent' && (
        <p class="notice" role="status" data-testid="metrics-unavailable">
          {t('metricsUnavailable')}
        </p>
      )}
      {state === 'forbidden' && (
        <p class="notice" role="status">
          {t('metricsForbidden')}
        </p>
      )}
      {state === 'error' && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state === 'ready' && answer !== null && data !== null && (
        <>
          <dl class="headline">
            <dt>{t('ttfhr')}</dt>
            <dd>
              {answer.headline.timeToFirstHumanResponse.median === null
                ? '–'
                : formatDuration(answer.headline.timeToFirstHumanResponse.median, lang)}
            </dd>
            <dt>{t('resolution')}</dt>
            <dd>
              {answer.headline.resolutionTime.escalated.median === null
                ? '–'
                : formatDuration(answer.headline.resolutionTime.escalated.median, lang)}
            </dd>
            <dt>{t('fcr')}</dt>
            <dd>
              {answer.headline.firstContactResolution.rate === null
                ? '–'
                : formatPercent(answer.headline.firstContactResolution.rate, lang)}
            </dd>
          </dl>
          <p class="hint">{t('drillHint')}</p>
          <Chart title={t('ttfhr')} unit="h" xs={data.xs} ys={data.ttfhr} onPick={drill} />
          <Chart title={t('resolution')} unit="h" xs={data.xs} ys={data.resolution} onPick={drill} />
          <Chart title={t('fcr')} unit="%" xs={data.xs} ys={data.fcr} onPick={drill} />
          <table class="points">
            <caption>{t('drillHint')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('from')}</th>
                <th scope="col">{t('ttfhr')}</th>
                <th scope="col">{t('resolution')}</th>
                <th scope="col">{t('fcr')}</th>
              </tr>
            </thead>
            <tbody>
              {data.xs.map((x, index) => (
                <tr>
                  <th scope="row">
                    <a href="#/metrics" onClick={(event) => (event.preventDefault(), drill(index))}>
                      {formatDate(new Date(x * 1000).toISOString(), lang)}
                    </a>
                  </th>
                  <td>{data.ttfhr[index] === null ? '–' : formatNumber(data.ttfhr[index] ?? 0, lang)} h</td>
                  <td>
                    {data.resolution[index] === null ? '–' : formatNumber(data.resolution[index] ?? 0, lang)}{' '}
                    h
                  </td>
                  <td>{data.fcr[index] === null ? '–' : `${formatNumber(data.fcr[index] ?? 0, lang)} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Table title="backlog" value={answer.backlog} />
          <Table title="bottlenecks" value={answer.bottlenecks} />
          <Table title="rates" value={answer.rates} />
          <Table title="slaMet" value={answer.sla} />
        </>
      )}
    </section>
  );
}
