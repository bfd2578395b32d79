/**
 * 长表附加项目：车辆 on the zone page of a county or township: the office holding the zone turns the vehicle item
 * (附1 汽车数) of the long form on or off for its subtree, or lets it follow the zone above, after a confirmation
 * (setLongFormOptions; the API checks the scope and audits the change). Others see nothing here.
 */
import { useState } from 'react';

import { SetLongFormOptionsDocument, ZoneLongFormOptionsDocument } from '@census/client';

import { useApp } from '../app-context';
import { Section } from '../components/fields';
import { useHomeZones } from '../home-zones';
import { errorText, serverText } from '../i18n';
import { useQuery } from '../use-query';

const OFFICES = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];
const LEVELS = ['COUNTY', 'TOWNSHIP'];

/** What the office may choose: on, off, or (where it set one) back to the setting above. */
type Choice = 'on' | 'off' | 'inherit';

const VALUE: Record<Choice, boolean | null> = { on: true, off: false, inherit: null };
const ACTION = { on: 'lfo.turnOn', off: 'lfo.turnOff', inherit: 'lfo.inherit' } as const;
const CONFIRM = { on: 'lfo.confirmOn', off: 'lfo.confirmOff', inherit: 'lfo.confirmInherit' } as const;

export function LongFormOptions({ code, level }: { code: string; level: string }) {
  const { session } = useApp();
  const home = useHomeZones();
  const office = OFFICES.includes(session?.account.role ?? '') && LEVELS.includes(level);
  // Only the office holding the zone (or one above it) may set it: a township office does not see its county's.
  const holds = office && (home.zones ?? []).some((zone) => code.startsWith(zone.code));
  if (!holds) return null;
  return <OptionsCard code={code} />;
}

function OptionsCard({ code }: { code: string }) {
  const { t, lang, request } = useApp();
  const { data, reload } = useQuery(ZoneLongFormOptionsDocument, { code });
  const [asking, setAsking] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const options = data?.zone?.longFormOptions;
  if (!options) return null;
  const setHere = options.setInZoneCode === code;
  const choices: Choice[] = [options.vehicles ? 'off' : 'on', ...(setHere ? (['inherit'] as const) : [])];

  async function confirm(choice: Choice) {
    setBusy(true);
    setError('');
    try {
      const { setLongFormOptions: outcome } = await request(SetLongFormOptionsDocument, {
        input: { zoneCode: code, vehicles: VALUE[choice] },
      });
      if (outcome.userErrors.length > 0) {
        setError(outcome.userErrors.map((e) => serverText(lang, e)).join('；'));
        return;
      }
      setAsking(null);
      setMessage(t('lfo.saved'));
      await reload();
    } catch (failure) {
      setError(errorText(lang, failure as Error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('lfo.title')}>
      <div className="long-form-options" data-vehicles={options.vehicles ? 'on' : 'off'}>
        <p>
          {options.vehicles ? t('lfo.on') : t('lfo.off')}{' '}
          <span className="hint">
            {setHere
              ? t('lfo.setHere')
              : options.setInZoneCode
                ? t('lfo.setAbove', { zone: options.setInZoneCode })
                : t('lfo.default')}
          </span>
        </p>
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        {asking === null ? (
          <div className="actions">
            {choices.map((choice) => (
              <button
                key={choice}
                type="button"
                onClick={() => {
                  setAsking(choice);
                  setMessage('');
                }}
              >
                {t(ACTION[choice])}
              </button>
            ))}
          </div>
        ) : (
          <div className="confirm" role="group" aria-label={t(ACTION[asking])}>
            <p>{t(CONFIRM[asking])}</p>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void confirm(asking)}>
                {t('lfo.confirm')}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setAsking(null);
                  setError('');
                }}
              >
                {t('lfo.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </Section>
  );
}
