import { useEffect, useState } from 'react';

import {
  AssignmentZonesDocument,
  AssignSmallZonesDocument,
  type Role,
  StaffAccountsDocument,
  StaffAssignSupervisorDocument,
  UnassignedSmallZonesDocument,
  ZonesDocument,
} from '@census/client';

import { useApp } from '../app-context';
import { CheckField, Section, SelectField, TextField } from '../components/fields';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { errorText, serverText } from '../i18n';
import { usePagedQuery } from '../use-paged-query';
import { useQuery } from '../use-query';

/** The child zones of `parent` (at most 100: a county's townships, a township's villages and communities). */
function useChildren(parent: string) {
  const { data } = useQuery(ZonesDocument, { filter: { parentCode: parent }, first: 100 }, parent === '');
  return (data?.zones.nodes ?? []).map((zone) => ({ value: zone.code, label: `${zone.name} ${zone.code}` }));
}

/**
 * 小区分配: the small zones of the office's zone with their enumerators and how many are unassigned; many small zones
 * given to one enumerator in one step, and many enumerators put under one supervisor.
 */
export function AssignmentsPage() {
  const { t } = useApp();
  const { zones, loading, error, reload } = useHomeZones();
  const [home, setHome] = useState('');
  const [township, setTownship] = useState('');
  const [community, setCommunity] = useState('');
  // Kept when the zone changes: the list below starts afresh for each zone, the filter does not.
  const [onlyOpen, setOnlyOpen] = useState(true);
  useEffect(() => {
    if (!home && zones?.[0]) setHome(zones[0].code);
  }, [home, zones]);
  if (!zones) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  const homeZone = zones.find((zone) => zone.code === home);
  // A township officer's zone is the township: its children are the communities.
  const homeIsTownship = homeZone?.level === 'TOWNSHIP';
  const townshipCode = homeIsTownship ? home : township;
  const within = community || townshipCode || home;
  return (
    <>
      <h1>{t('staff.assignTitle')}</h1>
      <div className="filters">
        {zones.length > 1 && (
          <SelectField
            label={t('staff.assignZone')}
            value={home}
            onChange={(value) => {
              setHome(value);
              setTownship('');
              setCommunity('');
            }}
            options={zones.map((zone) => ({ value: zone.code, label: `${zone.name} ${zone.code}` }))}
          />
        )}
        {home && !homeIsTownship && homeZone?.level !== 'CENSUS_ZONE' && (
          <TownshipPicker
            parent={home}
            value={township}
            onChange={(value) => {
              setTownship(value);
              setCommunity('');
            }}
          />
        )}
        {townshipCode && <CommunityPicker parent={townshipCode} value={community} onChange={setCommunity} />}
      </div>
      {within && (
        <SmallZoneAssignments key={within} within={within} onlyOpen={onlyOpen} setOnlyOpen={setOnlyOpen} />
      )}
      {townshipCode && <TeamAssignments key={`team-${townshipCode}`} township={townshipCode} />}
    </>
  );
}

function TownshipPicker({
  parent,
  value,
  onChange,
}: {
  parent: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useApp();
  const options = useChildren(parent);
  return (
    <SelectField
      label={t('staff.township')}
      value={value}
      onChange={onChange}
      blank={t('staff.all')}
      options={options}
    />
  );
}

function CommunityPicker({
  parent,
  value,
  onChange,
}: {
  parent: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useApp();
  const options = useChildren(parent);
  return (
    <SelectField
      label={t('staff.community')}
      value={value}
      onChange={onChange}
      blank={t('staff.all')}
      options={options}
    />
  );
}

/** The enumerators an office may give small zones of `within` to (those of its township, or all it sees). */
function useEnumerators(zoneCode: string, search: string) {
  const { data } = useQuery(StaffAccountsDocument, {
    filter: {
      role: 'ENUMERATOR' as Role,
      active: true,
      ...(zoneCode ? { zoneCode } : {}),
      ...(search.trim() ? { search: search.trim() } : {}),
    },
    first: 100,
  });
  return data?.accounts.nodes ?? [];
}

function SmallZoneAssignments({
  within,
  onlyOpen,
  setOnlyOpen,
}: {
  within: string;
  onlyOpen: boolean;
  setOnlyOpen: (value: boolean) => void;
}) {
  const { t, lang, request } = useApp();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [enumeratorSearch, setEnumeratorSearch] = useState('');
  const [enumerator, setEnumerator] = useState('');
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const list = usePagedQuery(
    AssignmentZonesDocument,
    { within, first: 100, ...(onlyOpen ? { unassigned: true } : {}) },
    (data) => data.zones,
  );
  const counts = useQuery(UnassignedSmallZonesDocument, { within });
  // The enumerators of the township of `within` (its first nine digits), or of the whole office above it.
  const enumerators = useEnumerators(within.length >= 9 ? within.slice(0, 9) : within, enumeratorSearch);
  const all = counts.data?.all.totalCount;
  const open = counts.data?.open.totalCount;

  const toggle = (code: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

  async function assign() {
    setFlash('');
    setProblems([]);
    if (selected.size === 0) return setProblems([t('staff.pickZones')]);
    const chosen = enumerators.find((account) => account.id === enumerator);
    if (!chosen) return setProblems([t('staff.pickEnumerator')]);
    const codes = [...selected].sort();
    setBusy(true);
    try {
      const result = (
        await request(AssignSmallZonesDocument, { input: { smallZoneCodes: codes, enumeratorId: chosen.id } })
      ).assignSmallZones;
      if (result.userErrors.length) setProblems(result.userErrors.map((e) => serverText(lang, e)));
      else {
        setFlash(t('staff.assigned', { count: result.assignedCount, name: chosen.name }));
        setSelected(new Set());
        await Promise.all([list.reload(), counts.reload()]);
      }
    } catch (caught) {
      setProblems([errorText(lang, caught as Error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="assign-zones-title">
      <h2 id="assign-zones-title" className="visually-hidden">
        {t('staff.zonesTitle')}
      </h2>
      {all !== undefined && open !== undefined && (
        <p className="staff-summary" data-testid="assign-summary">
          {t('staff.summary', { all, assigned: all - open, open })}
        </p>
      )}
      <CheckField label={t('staff.onlyUnassigned')} checked={onlyOpen} onChange={setOnlyOpen} />
      <div className="staff-assign-bar">
        <TextField
          label={t('staff.enumeratorSearch')}
          value={enumeratorSearch}
          onChange={setEnumeratorSearch}
          type="search"
        />
        <SelectField
          label={t('staff.chooseEnumerator')}
          value={enumerator}
          onChange={setEnumerator}
          blank={t('staff.chooseEnumeratorBlank')}
          options={enumerators.map((account) => ({
            value: account.id,
            label: `${account.name}（${account.username}）· ${t('staff.zoneCount', { count: account.zones.length })}`,
          }))}
        />
        <button type="button" className="primary" disabled={busy} onClick={() => void assign()}>
          {t('staff.assign')}
        </button>
        <span>{t('staff.selected', { count: selected.size })}</span>
      </div>
      <p className="flash" role="status">
        {flash}
      </p>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <LoadState
        loading={list.loading && list.totalCount === undefined}
        error={list.error}
        retry={() => void list.reload()}
      />
      {list.totalCount === 0 && <p>{t('staff.noZonesHere')}</p>}
      {list.nodes.length > 0 && (
        <div className="table-wrap">
          <table className="staff-table assign-table">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('staff.selectPage')}
                    checked={list.nodes.every((zone) => selected.has(zone.code))}
                    onChange={(event) =>
                      setSelected((previous) => {
                        const next = new Set(previous);
                        for (const zone of list.nodes) {
                          if (event.target.checked) next.add(zone.code);
                          else next.delete(zone.code);
                        }
                        return next;
                      })
                    }
                  />
                </th>
                <th scope="col">{t('staff.smallZone')}</th>
                <th scope="col">{t('staff.censusZone')}</th>
                <th scope="col">{t('staff.enumerator')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((zone) => (
                <tr key={zone.code}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('staff.select', {
                        name: `${zone.parent?.name ?? ''}${zone.name} ${zone.code}`,
                      })}
                      checked={selected.has(zone.code)}
                      onChange={(event) => toggle(zone.code, event.target.checked)}
                    />
                  </td>
                  <td>
                    {zone.name}
                    <span className="code">{zone.code}</span>
                  </td>
                  <td>{zone.parent?.name ?? ''}</td>
                  <td>
                    {zone.enumerators.length === 0 ? (
                      <span className="badge badge-warn">{t('staff.unassigned')}</span>
                    ) : (
                      zone.enumerators.map((account) => account.name).join('、')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
          {t('staff.more')}
        </button>
      )}
    </section>
  );
}

/**
 * Many enumerators of a township put under one supervisor: one assignSupervisor, all or none; a refusal names each
 * enumerator it concerns.
 */
function TeamAssignments({ township }: { township: string }) {
  const { t, lang, request } = useApp();
  const enumerators = useQuery(StaffAccountsDocument, {
    filter: { role: 'ENUMERATOR' as Role, zoneCode: township },
    first: 100,
  });
  const supervisors = useQuery(StaffAccountsDocument, {
    filter: { role: 'SUPERVISOR' as Role, active: true, zoneCode: township },
    first: 100,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [supervisor, setSupervisor] = useState('');
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const nodes = enumerators.data?.accounts.nodes ?? [];

  async function assign() {
    setFlash('');
    setProblems([]);
    if (selected.size === 0) return setProblems([t('staff.pickEnumerators')]);
    const chosen = supervisors.data?.accounts.nodes.find((account) => account.id === supervisor);
    if (!chosen) return setProblems([t('staff.pickSupervisor')]);
    const team = nodes.filter((node) => selected.has(node.id));
    setBusy(true);
    try {
      const result = (
        await request(StaffAssignSupervisorDocument, {
          input: { supervisorId: chosen.id, enumeratorIds: team.map((account) => account.id) },
        })
      ).assignSupervisor;
      if (result.userErrors.length) {
        // ["input", "enumeratorIds", index] names one enumerator; anything else concerns them all.
        setProblems(
          result.userErrors.map((error) => {
            const index =
              error.field?.[0] === 'input' && error.field[1] === 'enumeratorIds' ? error.field[2] : null;
            const account = index == null ? undefined : team[Number(index)];
            const message = serverText(lang, error);
            return account ? t('staff.teamFailed', { name: account.name, message }) : message;
          }),
        );
      } else {
        setFlash(t('staff.teamAssigned', { count: result.enumerators.length, name: chosen.name }));
        setSelected(new Set());
        await enumerators.reload();
      }
    } catch (caught) {
      setProblems([errorText(lang, caught as Error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('staff.teamTitle')} id="assign-team">
      <p className="hint">{t('staff.teamHint')}</p>
      <LoadState loading={enumerators.loading && !enumerators.data} error={enumerators.error} />
      {enumerators.data && nodes.length === 0 && <p>{t('staff.noEnumerators')}</p>}
      {nodes.length > 0 && (
        <ul className="staff-team">
          {nodes.map((account) => (
            <li key={account.id}>
              <CheckField
                label={`${account.name}（${account.username}）· ${t('staff.supervisor')}：${account.supervisor?.name ?? t('staff.noSupervisor')}`}
                checked={selected.has(account.id)}
                onChange={(on) =>
                  setSelected((previous) => {
                    const next = new Set(previous);
                    if (on) next.add(account.id);
                    else next.delete(account.id);
                    return next;
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <div className="staff-assign-bar">
        <SelectField
          label={t('staff.chooseSupervisor')}
          value={supervisor}
          onChange={setSupervisor}
          blank={t('staff.chooseSupervisorBlank')}
          options={(supervisors.data?.accounts.nodes ?? []).map((account) => ({
            value: account.id,
            label: `${account.name}（${account.username}）`,
          }))}
        />
        <button type="button" disabled={busy} onClick={() => void assign()}>
          {t('staff.assignTeam')}
        </button>
      </div>
      <p className="flash" role="status">
        {flash}
      </p>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
