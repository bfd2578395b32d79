import { type FormEvent, type ReactNode, useState } from 'react';

import {
  type ProblemCategory,
  RecordVisitDocument,
  ReportProblemDocument,
  ScheduleAppointmentDocument,
  type VisitMethod,
  type VisitOutcome,
  type VisitSlot,
} from '@census/client';

import { useApp } from '../app-context';
import { Section, SelectField, TextField } from '../components/fields';
import { dynamicKey, errorText, type MessageKey, serverText } from '../i18n';
import { useOfflineOrNull } from '../offline/offline-context';
import { newIdempotencyKey, sendOrQueue } from '../offline/outbox';
import type { LoadedHousehold } from './HouseholdForm';

const SLOTS = ['MORNING', 'NOON', 'EVENING', 'NIGHT'];
const METHODS = ['IN_PERSON', 'PHONE', 'APPOINTMENT'];
const OUTCOMES = ['COMPLETED', 'PARTIAL', 'NOBODY_HOME', 'REFUSED', 'MOVED'];
const CATEGORIES = [
  'REFUSAL',
  'ITEM_REFUSAL',
  'WHEREABOUTS_UNKNOWN',
  'ADDRESS_NOT_FOUND',
  'SOURCES_DISAGREE',
  'OTHER',
];

/** `datetime-local` value of a moment in local time. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** Visits, appointments and problems of a household, each with a short form to add one. */
export function HouseholdActivity({
  household,
  reload,
}: {
  household: LoadedHousehold;
  reload: () => Promise<void>;
}) {
  const { t } = useApp();
  const options = (prefix: string, values: string[]) =>
    values.map((value) => ({ value, label: t(dynamicKey(prefix, value)) }));
  const [visit, setVisit] = useState({
    at: localInput(new Date()),
    slot: '',
    method: 'IN_PERSON',
    outcome: '',
    note: '',
  });
  const [appointment, setAppointment] = useState({ at: '', contact: '', note: '' });
  const [problem, setProblem] = useState({ category: 'REFUSAL', text: '' });
  const offline = useOfflineOrNull();
  const [visitQueued, setVisitQueued] = useState(false);
  // Visits and appointments as the last recordVisit / scheduleAppointment answered them (the payload carries the
  // household's list with the new entry in its place), until the page reads the household again.
  const [answered, setAnswered] = useState<{
    of: LoadedHousehold;
    visits?: LoadedHousehold['visitsConnection'];
    appointments?: LoadedHousehold['appointmentsConnection'];
  }>({ of: household });
  const latest = answered.of === household ? answered : { of: household };
  const visits = (latest.visits ?? household.visitsConnection).nodes;
  const appointments = (latest.appointments ?? household.appointmentsConnection).nodes;

  return (
    <div className="activity">
      <Section title={t('household.visits')}>
        <List empty={t('visit.none')}>
          {visits.map((v) => (
            <li key={v.id}>
              {when(v.visitedAt)} · {t(dynamicKey('visit.slot.', v.slot))} ·{' '}
              {t(dynamicKey('visit.method.', v.method))} ·{' '}
              <strong>{t(dynamicKey('visit.outcome.', v.outcome))}</strong>
              {v.note ? ` · ${v.note}` : ''}
            </li>
          ))}
        </List>
        {visitQueued && (
          <p className="notice" role="status">
            {t('offline.visitQueued')}
          </p>
        )}
        <Mutation
          label="visit.record"
          disabled={!visit.at || !visit.outcome}
          send={async (request) => {
            const input = {
              householdId: household.id,
              visitedAt: new Date(visit.at).toISOString(),
              method: visit.method as VisitMethod,
              outcome: visit.outcome as VisitOutcome,
              ...(visit.slot ? { slot: visit.slot as VisitSlot } : {}),
              ...(visit.note.trim() ? { note: visit.note.trim() } : {}),
              // Kept in the outbox first: recorded once, however often it is sent.
              idempotencyKey: newIdempotencyKey(),
            };
            const sent = await sendOrQueue(
              offline?.outbox,
              { kind: 'recordVisit', input },
              household.id,
              () => request(RecordVisitDocument, { input }),
            );
            setVisitQueued(sent.queued);
            if (sent.queued) return [];
            const { recordVisit } = sent.answer;
            if (recordVisit.visit) {
              const { visitsConnection: answeredVisits } = recordVisit.visit.household;
              setAnswered((previous) => ({
                ...(previous.of === household ? previous : {}),
                of: household,
                visits: answeredVisits,
              }));
            }
            return recordVisit.userErrors;
          }}
          done={() => {
            setVisit({ ...visit, outcome: '', note: '' });
            return Promise.resolve();
          }}
        >
          <TextField
            label={t('visit.at')}
            type="datetime-local"
            value={visit.at}
            onChange={(at) => setVisit({ ...visit, at })}
          />
          <SelectField
            label={t('visit.slot')}
            value={visit.slot}
            onChange={(slot) => setVisit({ ...visit, slot })}
            blank={t('household.blank')}
            options={options('visit.slot.', SLOTS)}
          />
          <SelectField
            label={t('visit.method')}
            value={visit.method}
            onChange={(method) => setVisit({ ...visit, method })}
            options={options('visit.method.', METHODS)}
          />
          <SelectField
            label={t('visit.outcome')}
            value={visit.outcome}
            onChange={(outcome) => setVisit({ ...visit, outcome })}
            blank={t('household.blank')}
            options={options('visit.outcome.', OUTCOMES)}
          />
          <TextField
            label={t('visit.note')}
            value={visit.note}
            onChange={(note) => setVisit({ ...visit, note })}
          />
        </Mutation>
      </Section>

      <Section title={t('household.appointments')}>
        <List empty={t('appointment.none')}>
          {appointments.map((a) => (
            <li key={a.id}>
              {when(a.plannedAt)} · {t(dynamicKey('appointment.status.', a.status))}
              {a.contact ? ` · ${a.contact}` : ''}
              {a.note ? ` · ${a.note}` : ''}
            </li>
          ))}
        </List>
        <Mutation
          label="appointment.schedule"
          disabled={!appointment.at}
          send={async (request) => {
            const { scheduleAppointment } = await request(ScheduleAppointmentDocument, {
              input: {
                householdId: household.id,
                plannedAt: new Date(appointment.at).toISOString(),
                ...(appointment.contact.trim() ? { contact: appointment.contact.trim() } : {}),
                ...(appointment.note.trim() ? { note: appointment.note.trim() } : {}),
              },
            });
            if (scheduleAppointment.appointment) {
              const { appointmentsConnection: answeredAppointments } =
                scheduleAppointment.appointment.household;
              setAnswered((previous) => ({
                ...(previous.of === household ? previous : {}),
                of: household,
                appointments: answeredAppointments,
              }));
            }
            return scheduleAppointment.userErrors;
          }}
          done={() => {
            setAppointment({ at: '', contact: '', note: '' });
            return Promise.resolve();
          }}
        >
          <TextField
            label={t('appointment.plannedAt')}
            type="datetime-local"
            value={appointment.at}
            onChange={(at) => setAppointment({ ...appointment, at })}
          />
          <TextField
            label={t('appointment.contact')}
            value={appointment.contact}
            onChange={(contact) => setAppointment({ ...appointment, contact })}
          />
          <TextField
            label={t('appointment.note')}
            value={appointment.note}
            onChange={(note) => setAppointment({ ...appointment, note })}
          />
        </Mutation>
      </Section>

      <Section title={t('household.problems')}>
        <List empty={t('problem.none')}>
          {household.problemsConnection.nodes.map((p) => (
            <li key={p.id}>
              <strong>{t(dynamicKey('problem.category.', p.category))}</strong> ·{' '}
              {t(dynamicKey('problem.status.', p.status))} · {p.text}
              {p.resolution ? ` → ${p.resolution}` : ''}
            </li>
          ))}
        </List>
        <Mutation
          label="problem.report"
          disabled={!problem.text.trim()}
          send={async (request) => {
            const { reportProblem } = await request(ReportProblemDocument, {
              input: {
                subjectId: household.id,
                category: problem.category as ProblemCategory,
                text: problem.text.trim(),
              },
            });
            return reportProblem.userErrors;
          }}
          done={async () => {
            setProblem({ ...problem, text: '' });
            await reload();
          }}
        >
          <SelectField
            label={t('problem.category')}
            value={problem.category}
            onChange={(category) => setProblem({ ...problem, category })}
            options={options('problem.category.', CATEGORIES)}
          />
          <TextField
            label={t('problem.text')}
            value={problem.text}
            onChange={(text) => setProblem({ ...problem, text })}
          />
        </Mutation>
      </Section>
    </div>
  );
}

function List({ empty, children }: { empty: string; children: ReactNode[] }) {
  return children.length === 0 ? <p>{empty}</p> : <ul className="plain activity-list">{children}</ul>;
}

type Send = (request: ReturnType<typeof useApp>['request']) => Promise<ReadonlyArray<{ message: string }>>;

/** A small form that sends one mutation and shows its userErrors. */
function Mutation({
  label,
  disabled,
  send,
  done,
  children,
}: {
  label: MessageKey;
  disabled: boolean;
  send: Send;
  done: () => Promise<void>;
  children: ReactNode;
}) {
  const { t, lang, request } = useApp();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const errors = await send(request);
      if (errors.length > 0) setError(errors.map((e) => serverText(lang, e)).join('; '));
      else await done();
    } catch (caught) {
      setError(errorText(lang, caught as Error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <div className="grid">{children}</div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={disabled || busy}>
        {t(label)}
      </button>
    </form>
  );
}
