import { useState } from 'react';
import { Link } from 'react-router';

import { TeamDocument, TeamZonesDocument } from '@census/client';
import { BEHIND_PACE_FRACTION, BEHIND_PACE_MIN_HOUSEHOLDS, formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import { Bar, percent } from '../components/bar';
import { LoadState } from '../components/status';
import { useQuery } from '../use-query';

/**
 * 团队: one row per enumerator of a supervisor's team: small zones held, households listed / submitted / approved /
 * returned, the share submitted and whether the enumerator is behind pace (docs/progress.md). A supervisor sees its
 * own team; an office picks one of the supervisors it sees.
 */
export function TeamPage() {
  const { t, session } = useApp();
  const supervisor = session?.account.role === 'SUPERVISOR';
  const accounts = useQuery(TeamZonesDocument, {});
  const supervisors = (accounts.data?.accounts.nodes ?? []).filter(
    (account) => account.role === 'SUPERVISOR',
  );
  const [chosen, setChosen] = useState('');
  const supervisorId = supervisor ? null : chosen || supervisors[0]?.id || null;
  const { data, loading, error, reload } = useQuery(
    TeamDocument,
    { supervisorId },
    !supervisor && !supervisorId,
  );
  const zoneNames = new Map(
    (accounts.data?.accounts.nodes ?? [])
      .flatMap((account) => account.zones)
      .map((zone) => [zone.code, `${zone.parent?.name ?? ''} ${zone.name}`.trim()]),
  );
  const team = data?.team;
  return (
    <>
      <h1>{t('team.title')}</h1>
      {!supervisor && (
        <label className="team-picker">
          {t('team.chooseSupervisor')}
          <select value={supervisorId ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {supervisors.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name || account.username}
              </option>
            ))}
          </select>
        </label>
      )}
      <LoadState loading={loading && !data} error={error} retry={() => void reload()} />
      {team && (
        <section className="card" aria-label={t('team.title')}>
          <p className="hint">
            {t('team.supervisor')}：{team.supervisor.name || team.supervisor.username} ·{' '}
            {t('team.asOf', { time: formatBeijingMoment(new Date(team.asOf)) })}
            {team.medianSubmittedShare !== null && (
              <> · {t('team.median', { percent: percent(team.medianSubmittedShare * 100) })}</>
            )}
          </p>
          {team.members.length === 0 ? (
            <p>{t('team.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="team-table">
                <thead>
                  <tr>
                    <th scope="col">{t('team.enumerator')}</th>
                    <th scope="col">{t('team.smallZones')}</th>
                    <th scope="col">{t('team.listed')}</th>
                    <th scope="col">{t('team.submitted')}</th>
                    <th scope="col">{t('team.approved')}</th>
                    <th scope="col">{t('team.returned')}</th>
                    <th scope="col">{t('team.share')}</th>
                    <th scope="col">{t('team.pace')}</th>
                    <th scope="col">{t('team.lastActivity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((member) => {
                    const name = member.account?.name || member.account?.username || '—';
                    return (
                      <tr
                        key={member.account?.id ?? member.smallZones.join()}
                        data-enumerator={member.account?.username}
                        className={member.behindPace ? 'behind' : undefined}
                      >
                        <th scope="row">{name}</th>
                        <td data-cell="zones" data-label={t('team.smallZones')}>
                          <ul className="plain">
                            {member.smallZones.map((code) => (
                              <li key={code}>
                                <Link to={`/zones/${code}`}>{zoneNames.get(code) ?? code}</Link>
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td data-cell="listed" data-label={t('team.listed')}>
                          {member.households}
                        </td>
                        <td data-cell="submitted" data-label={t('team.submitted')}>
                          {member.submitted}
                        </td>
                        <td data-cell="approved" data-label={t('team.approved')}>
                          {member.approved}
                        </td>
                        <td data-cell="returned" data-label={t('team.returned')}>
                          {member.returned}
                        </td>
                        <td data-cell="share" data-label={t('team.share')}>
                          <Bar
                            value={member.submittedShare * 100}
                            label={`${name} ${t('team.share')}`}
                            text={percent(member.submittedShare * 100)}
                          />
                        </td>
                        <td data-cell="pace" data-label={t('team.pace')}>
                          {member.behindPace ? (
                            <strong className="badge badge-warn">{t('team.behind')}</strong>
                          ) : (
                            t('team.onPace')
                          )}
                        </td>
                        <td data-cell="activity" data-label={t('team.lastActivity')}>
                          {member.lastActivityAt ? formatBeijingMoment(new Date(member.lastActivityAt)) : '—'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">
            {t('team.behindRule', {
              min: BEHIND_PACE_MIN_HOUSEHOLDS,
              percent: Math.round(BEHIND_PACE_FRACTION * 100),
            })}
          </p>
          <p>
            <Link to="/review">{t('team.queue')}</Link>
          </p>
        </section>
      )}
    </>
  );
}
