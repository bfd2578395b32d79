import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';

import {
  type BuildingFieldsFragment,
  CreateBuildingDocument,
  CreateHouseholdDocument,
  UpdateBuildingDocument,
  type UserErrorFieldsFragment,
} from '@census/client';

import { useApp } from '../app-context';
import { SelectField, TextField } from '../components/fields';
import { errorText, type MessageKey, serverText } from '../i18n';

/** The userErrors of a mutation by input field ('' for those of no field of the form), in the user's language. */
function errorsByField(
  lang: 'zh' | 'en',
  errors: readonly UserErrorFieldsFragment[],
  fields: readonly string[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field.find((name) => fields.includes(name)) ?? '';
    const text = serverText(lang, error);
    result[field] = result[field] ? `${result[field]}；${text}` : text;
  }
  return result;
}

/** "Add a household" found during enumeration: building and unit; the new household's page opens after it. */
export function AddHousehold({
  zoneCode,
  buildings,
}: {
  zoneCode: string;
  buildings: readonly BuildingFieldsFragment[];
}) {
  const { t, lang, request } = useApp();
  const { t: ft } = useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [buildingId, setBuildingId] = useState('');
  const [unit, setUnit] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        + {ft('add.household')}
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const { createHousehold } = await request(CreateHouseholdDocument, {
        input: {
          smallZoneCode: zoneCode,
          ...(buildingId ? { buildingId } : {}),
          ...(unit.trim() ? { unit: unit.trim() } : {}),
        },
      });
      if (createHousehold.household) void navigate(`/households/${createHousehold.household.id}`);
      else setErrors(errorsByField(lang, createHousehold.userErrors, ['buildingId', 'unit']));
    } catch (caught) {
      setErrors({ '': errorText(lang, caught as Error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card add-form" aria-label={ft('add.household')} onSubmit={(e) => void submit(e)}>
      <h3>{ft('add.household')}</h3>
      <p className="hint">{ft('add.householdHint')}</p>
      <SelectField
        label={t('small.building')}
        value={buildingId}
        onChange={setBuildingId}
        blank={ft('add.noBuilding')}
        error={errors['buildingId']}
        options={buildings.map((b) => ({ value: b.id, label: `${b.number} · ${b.address}` }))}
      />
      <TextField label={t('small.unit')} value={unit} onChange={setUnit} error={errors['unit']} />
      {errors[''] && (
        <p className="field-error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? ft('add.saving') : ft('add.createHousehold')}
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(false)}>
          {ft('add.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Add a building" found during enumeration: its address (and number, else the next free one). */
export function AddBuilding({ zoneCode, onCreated }: { zoneCode: string; onCreated: () => void }) {
  const { lang, request } = useApp();
  const { t: ft } = useApp();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          + {ft('add.building')}
        </button>
        {done && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
      </>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const { createBuilding } = await request(CreateBuildingDocument, {
        input: {
          smallZoneCode: zoneCode,
          address: address.trim(),
          ...(number.trim() ? { number: number.trim() } : {}),
        },
      });
      if (createBuilding.building) {
        setDone(
          ft('add.buildingDone', {
            number: createBuilding.building.number,
            address: createBuilding.building.address,
          }),
        );
        setAddress('');
        setNumber('');
        setOpen(false);
        onCreated();
      } else setErrors(errorsByField(lang, createBuilding.userErrors, ['address', 'number']));
    } catch (caught) {
      setErrors({ '': errorText(lang, caught as Error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card add-form" aria-label={ft('add.building')} onSubmit={(e) => void submit(e)}>
      <h3>{ft('add.building')}</h3>
      <TextField
        label={ft('add.address')}
        value={address}
        onChange={setAddress}
        error={errors['address']}
        required
      />
      <TextField
        label={ft('add.buildingNumber')}
        hint={ft('add.buildingNumberHint')}
        value={number}
        onChange={setNumber}
        error={errors['number']}
      />
      {errors[''] && (
        <p className="field-error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? ft('add.saving') : ft('add.createBuilding')}
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(false)}>
          {ft('add.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The Chinese (or English) text of a refused position: permission denied, no fix, too slow. */
const GEO_ERRORS: Record<number, MessageKey> = {
  1: 'locate.denied',
  2: 'locate.unavailable',
  3: 'locate.timeout',
};

/** The phone's position, as a promise; rejects with the GeolocationPositionError (or code 0: no geolocation). */
function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    // `navigator.geolocation` is missing in some browsers and on pages not served over HTTPS.
    const geolocation = navigator.geolocation as Geolocation | undefined;
    if (!geolocation) return reject(new Error('no geolocation'));
    geolocation.getCurrentPosition(resolve, reject, {
      enableHighAccuracy: true,
      timeout: 30_000,
      maximumAge: 0,
    });
  });
}

/** 建筑物标注: each building of the small zone with its stored point, marked from the phone's position. */
export function BuildingLocations({
  buildings,
  total,
}: {
  buildings: readonly BuildingFieldsFragment[];
  total?: number | undefined;
}) {
  const { t: ft } = useApp();
  if (total === undefined) return null;
  // Folded: on a phone the list of buildings would push the households' page far down.
  return (
    <details className="card building-locations">
      <summary>
        <h2 id="buildings-title">{ft('locate.title', { count: total })}</h2>
      </summary>
      {buildings.length === 0 && <p>{ft('locate.none')}</p>}
      <ul className="plain building-list" aria-labelledby="buildings-title">
        {buildings.map((building) => (
          <BuildingLocation key={building.id} building={building} />
        ))}
      </ul>
    </details>
  );
}

function BuildingLocation({ building: initial }: { building: BuildingFieldsFragment }) {
  const { t, lang, request } = useApp();
  const { t: ft } = useApp();
  const [building, setBuilding] = useState(initial);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const locate = async () => {
    setBusy(true);
    setMessage({ text: ft('locate.busy'), error: false });
    try {
      let position: GeolocationPosition;
      try {
        position = await currentPosition();
      } catch (caught) {
        const code = (caught as { code?: unknown }).code;
        const key =
          typeof code === 'number' ? (GEO_ERRORS[code] ?? 'locate.unsupported') : 'locate.unsupported';
        return setMessage({ text: ft(key), error: true });
      }
      const { latitude, longitude } = position.coords;
      const { updateBuilding } = await request(UpdateBuildingDocument, {
        input: {
          id: building.id,
          expectedVersion: building.version,
          latitude: Number(latitude.toFixed(6)),
          longitude: Number(longitude.toFixed(6)),
        },
      });
      if (updateBuilding.building) {
        setBuilding(updateBuilding.building);
        setMessage({ text: ft('locate.done'), error: false });
      } else
        setMessage({
          text: updateBuilding.userErrors.map((e) => serverText(lang, e)).join('；'),
          error: true,
        });
    } catch (caught) {
      setMessage({ text: errorText(lang, caught as Error), error: true });
    } finally {
      setBusy(false);
    }
  };
  const marked = building.latitude != null && building.longitude != null;
  return (
    <li className="building-location">
      <span>
        <strong>
          {t('small.building')} {building.number}
        </strong>{' '}
        {building.address}
      </span>
      <span className="hint">
        {marked
          ? ft('locate.point', {
              latitude: building.latitude!.toFixed(6),
              longitude: building.longitude!.toFixed(6),
            })
          : ft('locate.unmarked')}
      </span>
      <button type="button" disabled={busy} onClick={() => void locate()}>
        {ft(marked ? 'locate.again' : 'locate.mark')}
      </button>
      {message && (
        <span className={message.error ? 'field-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </li>
  );
}
