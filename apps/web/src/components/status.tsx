import { useApp } from '../app-context';
import { errorText } from '../i18n';

/** Loading and error states of a query, with a retry button for the poor connections of field work. */
export function LoadState({
  loading,
  error,
  retry,
}: {
  loading: boolean;
  error?: Error;
  retry?: () => void;
}) {
  const { t, lang } = useApp();
  if (error) {
    return (
      <div className="notice notice-error" role="alert">
        {t('app.error', { message: errorText(lang, error) })}{' '}
        {retry && (
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading)
    return (
      <p className="loading" aria-live="polite">
        {t('app.loading')}
      </p>
    );
  return null;
}
