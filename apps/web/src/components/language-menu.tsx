import { useApp } from '../app-context';
import { type Lang, LANGS } from '../i18n';

/** The language switch of every screen (staff layout, login, self-report). */
export function LanguageMenu({ className = 'lang' }: { className?: string }) {
  const { t, lang, setLang } = useApp();
  return (
    <label className={className}>
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={lang}
        onChange={(event) => setLang(event.target.value as Lang)}
        aria-label={t('app.language')}
      >
        {LANGS.map((value) => (
          <option key={value} value={value}>
            {value === 'zh' ? '中文' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}
