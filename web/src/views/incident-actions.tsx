// What the people running an incident do on its page: move its phase, post a status update to the contacts, write
// the hand-over note the API asks the outgoing owner for, and resolve it. The phase and the resolution carry the
// version the page shows (If-Match), so a page that is out of date is refused, told why and read again.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type IncidentDetail } from '../api';
import { useApp } from '../app';
import { formatDate } from '../format';
import { handoverAsked, movablePhases, nextPhase, phaseName } from '../incident';
import { Panel } from './panel';
import { ActionStatus, inputValue, useActions } from './use-actions';

/** Runs `action` on submit instead of the browser's own form submission. */
const onSubmit = (action: () => unknown) => (event: Event) => {
  event.preventDefault();
  void action();
};

/**
 * A note written and sent (a status update, a hand-over note): labelled, described by `children` (`id`-hint), sent
 * only when it has words, and emptied once the API took it.
 */
function NoteForm({
  id,
  label,
  button,
  busy,
  onSend,
  children,
}: {
  id: string;
  label: string;
  button: string;
  busy: boolean;
  onSend: (note: string) => Promise<boolean>;
  children: ComponentChildren;
}) {
  const [note, setNote] = useState('');
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (await onSend(note.trim())) {
          setNote('');
        }
      })}
    >
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={note} onInput={inputValue(setNote)} aria-describedby={`${id}-hint`} />
      {children}
      <div class="row">
        <button type="submit" disabled={busy || note.trim() === ''}>
          {button}
        </button>
      </div>
    </form>
  );
}

export function IncidentActions({
  incident,
  reload,
}: {
  incident: IncidentDetail;
  reload: () => Promise<unknown>;
}) {
  const { session, t, lang } = useApp();
  const { busy, message, act } = useActions(reload, 'incidentConflict');
  const [phase, setPhase] = useState(nextPhase(incident.phase) ?? incident.phase);
  const [phaseNote, setPhaseNote] = useState('');
  const [resolveNote, setResolveNote] = useState('');
  // When the phase moves (here or live), the next one is proposed again.
  useEffect(() => setPhase(nextPhase(incident.phase) ?? incident.phase), [incident.phase]);

  const path = `/v1/incidents/${encodeURIComponent(incident.id)}`;
  const post = (action: string, body: unknown, ifMatch?: number) => () =>
    api('POST', `${path}/${action}`, { body, ...(ifMatch === undefined ? {} : { ifMatch }) });
  const asked = handoverAsked(incident.timeline);
  const isOpen = incident.status === 'open';

  return (
    <Panel title="actions">
      <ActionStatus message={message} />
      {!isOpen ? (
        <p>{t('incidentClosed')}</p>
      ) : (
        <>
          <form
            class="row"
            onSubmit={onSubmit(async () => {
              const moved = phase;
              const note = phaseNote.trim();
              const body = note === '' ? { phase: moved } : { phase: moved, note };
              if (
                await act(
                  post('phase', body, incident.version),
                  t('phaseMoved', { phase: phaseName(moved, lang) }),
                )
              ) {
                setPhaseNote('');
              }
            })}
          >
            <label>
              {t('newPhase')}
              <select value={phase} onChange={inputValue(setPhase)}>
                {movablePhases.map((item) => (
                  <option value={item} disabled={item === incident.phase}>
                    {item === incident.phase
                      ? t('phaseCurrent', { phase: phaseName(item, lang) })
                      : phaseName(item, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('noteOptional')}
              <input value={phaseNote} onInput={inputValue(setPhaseNote)} />
            </label>
            <button type="submit" disabled={busy || phase === incident.phase}>
              {t('movePhase')}
            </button>
          </form>
          <NoteForm
            id="incident-update"
            label={t('statusUpdate')}
            button={t('postUpdate')}
            busy={busy}
            onSend={(note) => act(post('updates', { note }), t('updatePosted'))}
          >
            <p id="incident-update-hint" class="hint">
              {t('statusUpdateHint')}
            </p>
          </NoteForm>
          {asked !== null && (
            <NoteForm
              id="handover-note"
              label={t('handoverNote')}
              button={t('writeHandover')}
              busy={busy}
              onSend={(note) => act(post('handover', { note }), t('handoverSaved'))}
            >
              <p id="handover-note-hint" class="notice">
                {t(
                  asked.outgoing !== null && asked.outgoing === session.personId
                    ? 'handoverAskedYou'
                    : 'handoverAsked',
                  {
                    period: asked.period,
                    person: asked.outgoing ?? t('nobody'),
                    due: asked.dueAt === null ? '–' : formatDate(asked.dueAt, lang),
                  },
                )}
              </p>
            </NoteForm>
          )}
          <form
            class="row"
            onSubmit={onSubmit(() => {
              const note = resolveNote.trim();
              return act(
                post('resolve', note === '' ? {} : { note }, incident.version),
                t('incidentResolvedNow'),
              );
            })}
          >
            <label>
              {t('resolveNote')}
              <input value={resolveNote} onInput={inputValue(setResolveNote)} />
            </label>
            <button type="submit" disabled={busy}>
              {t('resolveIncident')}
            </button>
          </form>
        </>
      )}
    </Panel>
  );
}
