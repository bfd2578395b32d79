import { type FormEvent, type ReactNode, useEffect, useState } from 'react';

import {
  type AccountFilter,
  type Role,
  type StaffAccountFieldsFragment,
  StaffAccountsDocument,
  StaffCreateAccountDocument,
  StaffUpdateAccountDocument,
  type UpdateAccountInput,
  type UserErrorFieldsFragment,
  ZonesDocument,
} from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { Section, SelectField, TextField } from '../components/fields';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { dynamicKey, errorText, serverText } from '../i18n';
import { usePagedQuery } from '../use-paged-query';
import { useQuery } from '../use-query';
import { CREATABLE_ROLES, generatePassword, LISTED_ROLES, parseZoneCodes } from './staff-shared';

type StaffAccount = StaffAccountFieldsFragment;

/** The zones an office filters and files accounts by: its own zones and, when it holds one, that zone's children. */
export function useOfficeZoneOptions(): { code: string; name: string }[] {
  const { zones } = useHomeZones();
  const single = zones?.length === 1 ? zones[0] : undefined;
  const children = useQuery(
    ZonesDocument,
    { filter: { parentCode: single?.code ?? '' }, first: 100 },
    !single || single.level === 'SMALL_ZONE',
  );
  return [...(zones ?? []), ...(children.data?.zones.nodes ?? [])].map((zone) => ({
    code: zone.code,
    name: zone.name,
  }));
}

/** The delay before a typed search is sent: one request per pause, not per key. */
const SEARCH_DELAY_MS = 300;

function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** 人员管理: the accounts of the office's zones, filtered, created and managed (passwords, state, zones, supervisor). */
export function StaffPage() {
  const { t, session } = useApp();
  const myRole = session?.account.role ?? '';
  const zoneOptions = useOfficeZoneOptions();
  const [role, setRole] = useState('');
  const [active, setActive] = useState('');
  const [zone, setZone] = useState('');
  const [search, setSearch] = useState('');
  const searched = useDebounced(search.trim());
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [flash, setFlash] = useState('');
  const filter: AccountFilter = {
    ...(role ? { role: role as Role } : {}),
    ...(active ? { active: active === 'yes' } : {}),
    ...(zone ? { zoneCode: zone } : {}),
    ...(searched ? { search: searched } : {}),
  };
  const list = usePagedQuery(StaffAccountsDocument, { filter, first: 100 }, (data) => data.accounts);
  const supervisors = useQuery(StaffAccountsDocument, {
    filter: { role: 'SUPERVISOR' as Role, active: true },
    first: 100,
  });
  const supervisorOptions = (supervisors.data?.accounts.nodes ?? []).map((account) => ({
    value: account.id,
    label: `${account.name}（${account.username}）`,
  }));
  const editedAccount = list.nodes.find((account) => account.id === editing);

  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p className="flash" role="status">
        {flash}
      </p>
      <div className="filters">
        <SelectField
          label={t('staff.filterRole')}
          value={role}
          onChange={setRole}
          blank={t('staff.all')}
          options={LISTED_ROLES.map((value) => ({ value, label: t(dynamicKey('role.', value)) }))}
        />
        <SelectField
          label={t('staff.filterZone')}
          value={zone}
          onChange={setZone}
          blank={t('staff.all')}
          options={zoneOptions.map((option) => ({
            value: option.code,
            label: `${option.name} ${option.code}`,
          }))}
        />
        <SelectField
          label={t('staff.filterActive')}
          value={active}
          onChange={setActive}
          blank={t('staff.all')}
          options={[
            { value: 'yes', label: t('staff.activeYes') },
            { value: 'no', label: t('staff.activeNo') },
          ]}
        />
        <TextField label={t('staff.search')} value={search} onChange={setSearch} type="search" />
      </div>
      {!creating && (
        <p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('staff.new')}
          </button>
        </p>
      )}
      {creating && (
        <CreateAccountForm
          roles={CREATABLE_ROLES[myRole] ?? []}
          supervisors={supervisorOptions}
          homeZones={zoneOptions}
          onCancel={() => setCreating(false)}
          onCreated={(account, password) => {
            setCreating(false);
            setFlash(
              `${t('staff.created', { username: account.username })} ${t('staff.passwordOnce', { password })}`,
            );
            void list.reload();
          }}
        />
      )}
      {editedAccount && (
        <ManageAccount
          key={editedAccount.id}
          account={editedAccount}
          supervisors={supervisorOptions}
          onClose={() => setEditing(null)}
          onChanged={(account, message) => {
            list.replace(account);
            setFlash(message);
          }}
        />
      )}
      <LoadState
        loading={list.loading && list.totalCount === undefined}
        error={list.error}
        retry={() => void list.reload()}
      />
      {list.totalCount !== undefined && (
        <>
          <p>{t('staff.count', { count: list.totalCount })}</p>
          {list.totalCount === 0 && <p>{t('staff.none')}</p>}
          <div className="table-wrap">
            <table className="staff-table staff-accounts">
              <thead>
                <tr>
                  <th scope="col">{t('staff.name')}</th>
                  <th scope="col">{t('staff.username')}</th>
                  <th scope="col">{t('staff.role')}</th>
                  <th scope="col">{t('staff.zones')}</th>
                  <th scope="col">{t('staff.supervisor')}</th>
                  <th scope="col">{t('staff.home')}</th>
                  <th scope="col">{t('staff.state')}</th>
                  <th scope="col">{t('staff.lastSignIn')}</th>
                  <th scope="col">{t('staff.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((account) => (
                  <tr key={account.id} className={account.active ? undefined : 'staff-inactive'}>
                    <td data-label={t('staff.name')}>{account.name}</td>
                    <td className="code" data-label={t('staff.username')}>
                      {account.username}
                    </td>
                    <td data-label={t('staff.role')}>{t(dynamicKey('role.', account.role))}</td>
                    <td className="staff-zones" data-label={t('staff.zones')}>
                      {account.zones.length === 0
                        ? t('staff.noZones')
                        : account.zones.map((z) => `${z.name} ${z.code}`).join('、')}
                    </td>
                    <td data-label={t('staff.supervisor')}>
                      {account.supervisor ? account.supervisor.name : t('staff.noSupervisor')}
                    </td>
                    <td data-label={t('staff.home')}>{account.homeZone?.name ?? ''}</td>
                    <td data-label={t('staff.state')}>
                      {account.active ? t('staff.activeYes') : t('staff.activeNo')}
                    </td>
                    <td data-label={t('staff.lastSignIn')} data-cell="last-sign-in">
                      {account.role === 'INTEGRATION'
                        ? ''
                        : account.lastSignInAt
                          ? formatBeijingMoment(new Date(account.lastSignInAt))
                          : t('staff.neverSignedIn')}
                    </td>
                    <td>
                      {account.role !== 'INTEGRATION' && account.id !== session?.account.id && (
                        <button
                          type="button"
                          aria-label={`${t('staff.edit')} ${account.name}`}
                          onClick={() => setEditing(account.id)}
                        >
                          {t('staff.edit')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.hasNextPage && (
            <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
              {t('staff.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

/** The errors of a mutation by input field (the first segment after "input"), '' for the others. */
function errorsByField(
  errors: readonly UserErrorFieldsFragment[],
  text: (e: UserErrorFieldsFragment) => string,
) {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field[1] ?? '';
    byField[field] = byField[field] ? `${byField[field]}；${text(error)}` : text(error);
  }
  return byField;
}

function PasswordField({
  value,
  onChange,
  error,
  label,
  children,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  label: string;
  /** More buttons in the row (the reset form's submit). */
  children?: ReactNode;
}) {
  const { t } = useApp();
  return (
    <div className="staff-password">
      <TextField
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        hint={t('staff.passwordHint')}
        autoComplete="new-password"
      />
      <button type="button" onClick={() => onChange(generatePassword())}>
        {t('staff.generate')}
      </button>
      {children}
    </div>
  );
}

function CreateAccountForm({
  roles,
  supervisors,
  homeZones,
  onCancel,
  onCreated,
}: {
  roles: readonly string[];
  supervisors: { value: string; label: string }[];
  homeZones: { code: string; name: string }[];
  onCancel: () => void;
  onCreated: (account: StaffAccount, password: string) => void;
}) {
  const { t, lang, request } = useApp();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState(roles.includes('ENUMERATOR') ? 'ENUMERATOR' : (roles[0] ?? ''));
  const [password, setPassword] = useState(() => generatePassword());
  const [zones, setZones] = useState('');
  const [supervisor, setSupervisor] = useState('');
  const [home, setHome] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!username.trim()) missing.username = t('staff.required', { item: t('staff.username') });
    if (!name.trim()) missing.name = t('staff.required', { item: t('staff.name') });
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const result = (
        await request(StaffCreateAccountDocument, {
          input: {
            username: username.trim(),
            name: name.trim(),
            role: role as Role,
            password,
            zoneCodes: parseZoneCodes(zones),
            ...(role === 'ENUMERATOR' && supervisor ? { supervisorId: supervisor } : {}),
            ...(home ? { homeZoneCode: home } : {}),
          },
        })
      ).createAccount;
      if (result.userErrors.length || !result.account)
        setErrors(errorsByField(result.userErrors, (e) => serverText(lang, e)));
      else onCreated(result.account, password);
    } catch (caught) {
      setErrors({ '': errorText(lang, caught as Error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('staff.newTitle')} id="staff-new">
      <form className="account-form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('staff.username')}
          value={username}
          onChange={setUsername}
          error={errors.username}
          autoComplete="off"
          required
        />
        <TextField label={t('staff.name')} value={name} onChange={setName} error={errors.name} required />
        <SelectField
          label={t('staff.role')}
          value={role}
          onChange={setRole}
          error={errors.role}
          options={roles.map((value) => ({ value, label: t(dynamicKey('role.', value)) }))}
        />
        <PasswordField
          label={t('staff.password')}
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <TextField
          label={t('staff.zoneCodes')}
          value={zones}
          onChange={setZones}
          error={errors.zoneCodes}
          hint={t('staff.zoneCodesHint')}
          inputMode="numeric"
        />
        {role === 'ENUMERATOR' && (
          <SelectField
            label={t('staff.supervisor')}
            value={supervisor}
            onChange={setSupervisor}
            error={errors.supervisorId}
            blank={t('staff.noSupervisor')}
            options={supervisors}
          />
        )}
        <SelectField
          label={t('staff.homeZone')}
          value={home}
          onChange={setHome}
          error={errors.homeZoneCode}
          blank=""
          options={homeZones
            .filter((zone) => zone.code.length <= 9)
            .map((zone) => ({ value: zone.code, label: `${zone.name} ${zone.code}` }))}
        />
        {errors[''] && (
          <p className="notice notice-error" role="alert">
            {errors['']}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('staff.create')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('staff.cancel')}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** One account's password, state, zones and supervisor, each changed on its own (with the version read). */
function ManageAccount({
  account,
  supervisors,
  onClose,
  onChanged,
}: {
  account: StaffAccount;
  supervisors: { value: string; label: string }[];
  onClose: () => void;
  onChanged: (account: StaffAccount, message: string) => void;
}) {
  const { t, lang, request } = useApp();
  const [password, setPassword] = useState('');
  const [zones, setZones] = useState(account.zones.map((zone) => zone.code).join(', '));
  const [supervisor, setSupervisor] = useState(account.supervisor?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function change(input: Omit<UpdateAccountInput, 'id' | 'expectedVersion'>, message: string) {
    setBusy(true);
    setErrors({});
    try {
      const result = (
        await request(StaffUpdateAccountDocument, {
          input: { id: account.id, expectedVersion: account.version, ...input },
        })
      ).updateAccount;
      if (result.userErrors.length || !result.account)
        setErrors(errorsByField(result.userErrors, (e) => serverText(lang, e)));
      else onChanged(result.account, message);
    } catch (caught) {
      setErrors({ '': errorText(lang, caught as Error) });
    } finally {
      setBusy(false);
    }
  }

  const who = { name: account.name };
  return (
    <Section
      title={t('staff.editTitle', { name: account.name, username: account.username })}
      id="staff-manage"
    >
      <div className="staff-manage">
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!password) return setErrors({ password: t('staff.required', { item: t('staff.password') }) });
            void change(
              { password },
              `${t('staff.passwordReset', who)} ${t('staff.passwordOnce', { password })}`,
            ).then(() => setPassword(''));
          }}
        >
          <PasswordField
            label={t('staff.password')}
            value={password}
            onChange={setPassword}
            error={errors.password}
          >
            <button type="submit" disabled={busy}>
              {t('staff.resetPassword')}
            </button>
          </PasswordField>
        </form>
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void change(
                { active: !account.active },
                t(account.active ? 'staff.disabled' : 'staff.enabled', who),
              )
            }
          >
            {account.active ? t('staff.disable') : t('staff.enable')}
          </button>
          {errors.active && (
            <span className="field-error" role="alert">
              {errors.active}
            </span>
          )}
        </p>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void change({ zoneCodes: parseZoneCodes(zones) }, t('staff.zonesSaved', who));
          }}
        >
          <TextField
            label={t('staff.zoneCodes')}
            value={zones}
            onChange={setZones}
            error={errors.zoneCodes ?? errors.homeZoneCode}
            hint={t('staff.zoneCodesHint')}
          />
          <button type="submit" disabled={busy}>
            {t('staff.saveZones')}
          </button>
        </form>
        {account.role === 'ENUMERATOR' && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void change({ supervisorId: supervisor || null }, t('staff.supervisorSaved', who));
            }}
          >
            <SelectField
              label={t('staff.supervisor')}
              value={supervisor}
              onChange={setSupervisor}
              error={errors.supervisorId}
              blank={t('staff.noSupervisor')}
              options={supervisors}
            />
            <button type="submit" disabled={busy}>
              {t('staff.saveSupervisor')}
            </button>
          </form>
        )}
        {(errors[''] ?? errors.id ?? errors.expectedVersion) && (
          <p className="notice notice-error" role="alert">
            {errors[''] ?? errors.id ?? errors.expectedVersion}
          </p>
        )}
        <p className="hint">
          {t('staff.lastSignInAt', {
            at: account.lastSignInAt
              ? formatBeijingMoment(new Date(account.lastSignInAt))
              : t('staff.neverSignedIn'),
          })}
        </p>
        <button type="button" className="staff-close" onClick={onClose}>
          {t('staff.close')}
        </button>
      </div>
    </Section>
  );
}
