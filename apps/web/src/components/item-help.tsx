import { useT } from '../app-context';
import type { MessageKey } from '../i18n';

/**
 * What an item of the short form means, in plain words with an example, for a resident who hesitates: closed until
 * asked for (a <details> the browser opens and closes, no script), so the form stays short.
 */
export function ItemHelp({ text }: { text: MessageKey }) {
  const t = useT();
  return (
    <details className="item-help">
      <summary>{t('help.show')}</summary>
      <p>{t(text)}</p>
    </details>
  );
}
