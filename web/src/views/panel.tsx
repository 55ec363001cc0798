// A titled section of a page (its heading in the language's upper case), named by its heading for assistive tools.
import type { ComponentChildren } from 'preact';
import { useApp } from '../app';
import { upper } from '../format';
import type { Key } from '../i18n';

export function Panel({ title, children }: { title: Key; children: ComponentChildren }) {
  const { t, lang } = useApp();
  const id = `panel-${title}`;
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{upper(t(title), lang)}</h2>
      {children}
    </section>
  );
}
