// How a view acts through the API: one request at a time (its buttons disabled meanwhile), the outcome said in a live
// region (a refusal in an alert, with the API's message), and after a refusal that means the view was out of date,
// the view read again so that it shows the thing as it now is.
import { useState } from 'preact/hooks';
import { useApp } from '../app';
import type { Key } from '../i18n';
import { describeRefusal } from '../refusal';

export interface ActionMessage {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * `reload` reads the view again; `conflict` is the words for a stale view (with `{message}`, the API's). `act` sends
 * one request, then reloads and says `done`; it resolves to whether the action was applied.
 */
export function useActions(reload: () => Promise<unknown>, conflict: Key) {
  const { t } = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const act = async (request: () => Promise<unknown>, done = t('done')): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      await request();
      await reload();
      setMessage({ kind: 'ok', text: done });
      return true;
    } catch (failure) {
      const refusal = describeRefusal(failure);
      setMessage({
        kind: 'error',
        text: t(refusal.isStale ? conflict : 'failed', { message: refusal.message }),
      });
      if (refusal.isStale) {
        await reload();
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, setMessage, act };
}

/** Where the outcome of an action is said: read out when it changes, a refusal as an alert. */
export function ActionStatus({ message }: { message: ActionMessage | null }) {
  return (
    <div aria-live="polite">
      {message !== null && (
        <p class={message.kind === 'ok' ? 'ok' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

/** An input's handler that passes its text to `setter`. */
export const inputValue = (setter: (text: string) => void) => (event: Event) =>
  setter((event.target as HTMLInputElement).value);
