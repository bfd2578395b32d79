import { useApp } from '../app-context';
import { useOfflineOrNull } from './offline-context';

/** 离线 · N 项待上传 / 在线: whether the phone has signal and how many changes wait on it. */
export function OfflineStatus() {
  const { t } = useApp();
  const offline = useOfflineOrNull();
  if (!offline) return null;
  const pending = offline.entries.filter((entry) => entry.status === 'pending').length;
  const refused = offline.entries.length - pending;
  const parts = [offline.online ? t('offline.online') : t('offline.offline')];
  if (pending > 0) parts.push(t('offline.pending', { count: pending }));
  if (refused > 0) parts.push(t('offline.needsChoice', { count: refused }));
  return (
    <span
      className={`offline-status ${offline.online ? 'is-online' : 'is-offline'}`}
      role="status"
      aria-live="polite"
      data-testid="offline-status"
    >
      {parts.join(' · ')}
    </span>
  );
}
