// One escalation: the conversation, the brief, the context, SLA clocks counting down, the timeline and approvals,
// and every action a person takes on it. A lost race (409) is explained and the view shows the escalation as it is.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type EscalationDetail, type SlaClock } from '../api';
import { useApp } from '../app';
import { formatDate, formatDuration } from '../format';
import { newerOf } from '../queue';
import { describeRefusal } from '../refusal';
import { Panel } from './panel';
import { ActionStatus, inputValue as value, useActions } from './use-actions';

const outcomes = ['resolved', 'handed_back', 'false_escalation', 'duplicate'];

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Clock({ clock }: { clock: SlaClock }) {
  const { t, lang } = useApp();
  const now = useNow();
  const remaining =
    clock.isPaused || clock.dueAt === null || clock.state === 'met'
      ? clock.remainingMs
      : Date.parse(clock.dueAt) - now;
  const over = remaining < 0;
  return (
    <li class={`clock ${clock.state}${over ? ' over' : ''}`}>
      <strong>{clock.metric}</strong> <span class="state">{clock.state}</span>{' '}
      {clock.state === 'met' ? null : (
        <span class="countdown" role="timer">
          {clock.isPaused
            ? `${formatDuration(remaining, lang)} (${t('paused')})`
            : over
              ? `${formatDuration(-remaining, lang)} ${t('overdue')}`
              : `${formatDuration(remaining, lang)} ${t('remaining')}`}
        </span>
      )}{' '}
      <span class="due">{formatDate(clock.dueAt, lang)}</span>
    </li>
  );
}

export function EscalationView({ id }: { id: string }) {
  const { session, t, lang, onEvent } = useApp();
  const [escalation, setEscalation] = useState<EscalationDetail | null>(null);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const [team, setTeam] = useState('');
  const [tier, setTier] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('resolved');
  const [note, setNote] = useState('');
  const [person, setPerson] = useState('');

  const path = `/v1/escalations/${encodeURIComponent(id)}`;
  // Reads may answer out of order: an escalation no longer shown, or an older version of this one, never wins.
  const shown = useRef(id);
  shown.current = id;
  const reload = () =>
    api<EscalationDetail>('GET', path)
      .then((found) => {
        if (found.id === shown.current) {
          setEscalation((current) => newerOf(current, found));
        }
      })
      .catch((failure: unknown) => setMessage({ kind: 'error', text: describeRefusal(failure).message }));
  useEffect(() => {
    void reload();
  }, [id]);
  useEffect(
    () =>
      onEvent((event) => {
        if (event.escalationId === id || event.type === 'gap') {
          void reload();
        }
      }),
    [id, onEvent],
  );

  const { busy, message, setMessage, act: send } = useActions(reload, 'conflict');
  // An action answers with the escalation's summary (no context or timeline): the whole of it is read again.
  const act = (action: string, input: unknown) =>
    escalation === null
      ? Promise.resolve(false)
      : send(() => api('POST', `${path}/${action}`, { body: input, ifMatch: escalation.version }));

  if (escalation === null) {
    return message === null ? (
      <p>{t('loading')}</p>
    ) : (
      <p class="error" role="alert">
        {message.text}
      </p>
    );
  }
  const kase = escalation.context.case;

  return (
    <article aria-labelledby="esc-title">
      <p>
        <a href="#/queue/mine">{t('back')}</a>
      </p>
      <h1 id="esc-title">
        {escalation.id} · {escalation.caseId}
      </h1>
      <p class="facts">
        <span data-testid="status">{escalation.status}</span> · <span>{escalation.priority}</span> ·{' '}
        <span>{escalation.team}</span> · <span>{escalation.tier ?? '–'}</span> ·{' '}
        <span data-testid="assignee">{escalation.assignee ?? t('nobody')}</span> · v{escalation.version}
      </p>
      <ActionStatus message={message} />
      <div class="columns">
        <div>
          <Panel title="conversation">
            <ol class="conversation">
              {(kase.conversation ?? []).map((turn) => (
                <li class={`turn ${turn.role}`}>
                  <span class="role">{turn.role}</span> <span>{turn.text}</span>
                  {turn.at !== undefined && <span class="at"> {formatDate(turn.at, lang)}</span>}
                </li>
              ))}
              {escalation.timeline
                .filter((event) => event.type === 'commented')
                .map((event) => (
                  <li class={`turn agent ${String(event.data.visibility ?? '')}`}>
                    <span class="role">
                      {event.actor ?? ''} ({String(event.data.visibility ?? '')})
                    </span>{' '}
                    <span>{String(event.data.body ?? '')}</span>
                  </li>
                ))}
            </ol>
          </Panel>
          <Panel title="brief">
            <dl>
              <dt>{t('customer')}</dt>
              <dd>{escalation.brief.customer}</dd>
              <dt>{t('wants')}</dt>
              <dd>{escalation.brief.wants}</dd>
              <dt>{t('tried')}</dt>
              <dd>{escalation.brief.tried.join('; ') || '–'}</dd>
              <dt>{t('why')}</dt>
              <dd>{escalation.brief.why.join('; ') || '–'}</dd>
              <dt>{t('sentiment')}</dt>
              <dd>{escalation.brief.sentiment}</dd>
              <dt>{t('nextStep')}</dt>
              <dd>{escalation.brief.nextStep}</dd>
            </dl>
          </Panel>
          <Panel title="context">
            <ul>
              {escalation.context.reasons.map((reason) => (
                <li>
                  <strong>{reason.trigger}</strong>: {reason.detail}
                </li>
              ))}
              {escalation.context.explicitReason !== null && (
                <li>
                  <strong>{escalation.context.explicitReason.category}</strong>:{' '}
                  {escalation.context.explicitReason.detail}
                </li>
              )}
            </ul>
            <pre class="case">
              {JSON.stringify({ customer: kase.customer, ai: kase.ai, locale: kase.locale }, null, 2)}
            </pre>
          </Panel>
          <Panel title="timeline">
            <ol class="timeline">
              {escalation.timeline.map((event) => (
                <li>
                  <time dateTime={event.at}>{formatDate(event.at, lang)}</time> <strong>{event.type}</strong>{' '}
                  {event.actor ?? ''}
                </li>
              ))}
            </ol>
          </Panel>
        </div>
        <div>
          <Panel title="slaClocks">
            {escalation.sla === null ? (
              <p>{t('noSla')}</p>
            ) : (
              <ul class="clocks">
                {escalation.sla.clocks.map((clock) => (
                  <Clock clock={clock} />
                ))}
              </ul>
            )}
          </Panel>
          {escalation.context.approval !== null && (
            <Panel title="approvals">
              <p>
                {t('approvalState')}: <strong>{escalation.approvalState}</strong>
              </p>
              <pre>{JSON.stringify(escalation.context.approval.proposedAction, null, 2)}</pre>
              <ul>
                {escalation.approvals.map((vote) => (
                  <li>
                    {vote.approver}: {vote.verdict} {vote.note ?? ''}
                  </li>
                ))}
              </ul>
              {escalation.approvalState === 'pending' && (
                <div class="row">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => act('approval', { verdict: 'approved' })}
                  >
                    {t('approve')}
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => act('approval', { verdict: 'rejected' })}
                  >
                    {t('reject')}
                  </button>
                </div>
              )}
            </Panel>
          )}
          <Panel title="actions">
            <div class="row">
              {session.kind === 'admin' && (
                <label>
                  {t('claimFor')}
                  <input value={person} onInput={value(setPerson)} />
                </label>
              )}
              <button
                type="button"
                disabled={busy}
                onClick={() => act('claim', person === '' ? {} : { person })}
              >
                {t('claim')}
              </button>
              <button type="button" disabled={busy} onClick={() => act('tier-up', {})}>
                {t('tierUp')}
              </button>
            </div>
            <label for="reply-body">{t('replyBody')}</label>
            <textarea id="reply-body" rows={3} value={body} onInput={value(setBody)} />
            <div class="row">
              <button
                type="button"
                disabled={busy || body.trim() === ''}
                onClick={async () => {
                  if (await act('comments', { body, visibility: 'public' })) {
                    setBody('');
                  }
                }}
              >
                {t('publicReply')}
              </button>
              <button
                type="button"
                disabled={busy || body.trim() === ''}
                onClick={async () => {
                  if (await act('comments', { body, visibility: 'internal' })) {
                    setBody('');
                  }
                }}
              >
                {t('internalNote')}
              </button>
            </div>
            <div class="row">
              <label>
                {t('toStatus')}
                <select value={status} onChange={value(setStatus)}>
                  <option value="">–</option>
                  {session.statuses.map((item) => (
                    <option value={item.id}>{item.id}</option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={busy || status === ''}
                onClick={() => act('transitions', { status })}
              >
                {t('changeStatus')}
              </button>
            </div>
            <div class="row">
              <label>
                {t('filterTeam')}
                <select value={team} onChange={value(setTeam)}>
                  <option value="">–</option>
                  {session.teams.map((item) => (
                    <option value={item}>{item}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('filterTier')}
                <select value={tier} onChange={value(setTier)}>
                  <option value="">–</option>
                  {session.tiers.map((item) => (
                    <option value={item}>{item}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('reason')}
                <input value={reason} onInput={value(setReason)} />
              </label>
              <button
                type="button"
                disabled={busy || reason.trim() === '' || (team === '' && tier === '')}
                onClick={() =>
                  act('reroute', {
                    reason,
                    ...(team === '' ? {} : { team }),
                    ...(tier === '' ? {} : { tier }),
                  })
                }
              >
                {t('reroute')}
              </button>
              <button
                type="button"
                disabled={busy || reason.trim() === ''}
                onClick={() => act('reopen', { reason })}
              >
                {t('reopen')}
              </button>
            </div>
            <div class="row">
              <label>
                {t('outcome')}
                <select value={outcome} onChange={value(setOutcome)}>
                  {outcomes.map((item) => (
                    <option value={item}>{item}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('note')}
                <input value={note} onInput={value(setNote)} />
              </label>
              <button
                type="button"
                disabled={busy}
                onClick={() => act('resolve', { outcome, ...(note === '' ? {} : { note }) })}
              >
                {t('resolve')}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => act('handback', note === '' ? {} : { instructions: note })}
              >
                {t('handBack')}
              </button>
            </div>
          </Panel>
        </div>
      </div>
    </article>
  );
}
