import { type FormEvent, type ReactNode, useRef, useState } from 'react';

import {
  type ProblemCategory,
  RecordVisitDocument,
  ReportProblemDocument,
  ScheduleAppointmentDocument,
  type VisitMethod,
  type VisitOutcome,
  type VisitSlot,
} from '@census/client';
import { formatBeijingMoment } from '@census/rules';

import { type Request, useApp } from '../app-context';
import { Section, SelectField, TextField } from '../components/fields';
import { dynamicKey, errorText, type MessageKey, type ServerMessage, serverText } from '../i18n';
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
export function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function when(iso: string): string {
  return formatBeijingMoment(new Date(iso));
}

/** What the visit and appointment lists show: the household's, or the last mutation's answer until it is read again. */
export interface ActivityLists {
  visits: LoadedHousehold['visitsConnection']['nodes'];
  appointments: LoadedHousehold['appointmentsConnection']['nodes'];
  answerVisits: (visits: LoadedHousehold['visitsConnection']) => void;
  answerAppointments: (appointments: LoadedHousehold['appointmentsConnection']) => void;
  /** The last visit was kept on the phone (no signal). */
  visitQueued: boolean;
  setVisitQueued: (queued: boolean) => void;
}

/**
 * Visits and appointments as the last recordVisit / scheduleAppointment answered them (the payload carries the
 * household's list with the new entry in its place), until the page reads the household again.
 */
export function useActivityLists(household: LoadedHousehold): ActivityLists {
  const [answered, setAnswered] = useState<{
    of: LoadedHousehold;
    visits?: LoadedHousehold['visitsConnection'];
    appointments?: LoadedHousehold['appointmentsConnection'];
  }>({ of: household });
  const [visitQueued, setVisitQueued] = useState(false);
  const latest = answered.of === household ? answered : { of: household };
  return {
    visits: (latest.visits ?? household.visitsConnection).nodes,
    appointments: (latest.appointments ?? household.appointmentsConnection).nodes,
    answerVisits: (visits) =>
      setAnswered((previous) => ({ ...(previous.of === household ? previous : {}), of: household, visits })),
    answerAppointments: (appointments) =>
      setAnswered((previous) => ({
        ...(previous.of === household ? previous : {}),
        of: household,
        appointments,
      })),
    visitQueued,
    setVisitQueued,
  };
}

/** Records a visit (kept in the outbox first: recorded once, however often it is sent); answers its userErrors. */
export function useRecordVisit(household: LoadedHousehold, lists: ActivityLists) {
  const offline = useOfflineOrNull();
  return async (
    request: Request,
    visit: { at: Date; method: string; outcome: string; slot?: string; note?: string },
  ): Promise<{ errors: ReadonlyArray<ServerMessage>; queued: boolean }> => {
    const input = {
      householdId: household.id,
      visitedAt: visit.at.toISOString(),
      method: visit.method as VisitMethod,
      outcome: visit.outcome as VisitOutcome,
      ...(visit.slot ? { slot: visit.slot as VisitSlot } : {}),
      ...(visit.note?.trim() ? { note: visit.note.trim() } : {}),
      idempotencyKey: newIdempotencyKey(),
    };
    const sent = await sendOrQueue(offline?.outbox, { kind: 'recordVisit', input }, household.id, () =>
      request(RecordVisitDocument, { input }),
    );
    lists.setVisitQueued(sent.queued);
    if (sent.queued) return { errors: [], queued: true };
    const { recordVisit } = sent.answer;
    if (recordVisit.visit) lists.answerVisits(recordVisit.visit.household.visitsConnection);
    return { errors: recordVisit.userErrors, queued: false };
  };
}

/** The visit form: time (now), slot, method, outcome, note. */
export function VisitForm({
  household,
  lists,
  onDone,
}: {
  household: LoadedHousehold;
  lists: ActivityLists;
  onDone?: (outcome: string, at: Date, queued: boolean) => void;
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
  const record = useRecordVisit(household, lists);
  const queued = useRef(false);
  return (
    <>
      {lists.visitQueued && (
        <p className="notice" role="status">
          {t('offline.visitQueued')}
        </p>
      )}
      <Mutation
        label="visit.record"
        disabled={!visit.at || !visit.outcome}
        send={async (request) => {
          const sent = await record(request, { ...visit, at: new Date(visit.at) });
          queued.current = sent.queued;
          return sent.errors;
        }}
        done={() => {
          setVisit({ ...visit, outcome: '', note: '' });
          onDone?.(visit.outcome, new Date(visit.at), queued.current);
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
    </>
  );
}

/** The appointment form: a time from now on (the API refuses one in the past), contact, note. */
export function AppointmentForm({
  household,
  lists,
  onDone,
}: {
  household: LoadedHousehold;
  lists: ActivityLists;
  onDone?: () => void;
}) {
  const { t } = useApp();
  const [appointment, setAppointment] = useState({ at: '', contact: '', note: '' });
  return (
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
        if (scheduleAppointment.appointment)
          lists.answerAppointments(scheduleAppointment.appointment.household.appointmentsConnection);
        return scheduleAppointment.userErrors;
      }}
      done={() => {
        setAppointment({ at: '', contact: '', note: '' });
        onDone?.();
        return Promise.resolve();
      }}
    >
      <TextField
        label={t('appointment.plannedAt')}
        type="datetime-local"
        min={localInput(new Date())}
        hint={t('appointment.minHint')}
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
  );
}

/** Visits, appointments and problems of a household (the forms to add a visit or appointment are at the top). */
export function HouseholdActivity({
  household,
  reload,
  lists,
}: {
  household: LoadedHousehold;
  reload: () => Promise<void>;
  lists: ActivityLists;
}) {
  const { t } = useApp();
  const options = (prefix: string, values: string[]) =>
    values.map((value) => ({ value, label: t(dynamicKey(prefix, value)) }));
  const [problem, setProblem] = useState({ category: 'REFUSAL', text: '' });

  return (
    <div className="activity">
      <Section title={t('household.visits')}>
        <List empty={t('visit.none')}>
          {lists.visits.map((v) => (
            <li key={v.id}>
              {when(v.visitedAt)} · {t(dynamicKey('visit.slot.', v.slot))} ·{' '}
              {t(dynamicKey('visit.method.', v.method))} ·{' '}
              <strong>{t(dynamicKey('visit.outcome.', v.outcome))}</strong>
              {v.note ? ` · ${v.note}` : ''}
            </li>
          ))}
        </List>
      </Section>

      <Section title={t('household.appointments')}>
        <List empty={t('appointment.none')}>
          {lists.appointments.map((a) => (
            <li key={a.id}>
              {when(a.plannedAt)} · {t(dynamicKey('appointment.status.', a.status))}
              {a.contact ? ` · ${a.contact}` : ''}
              {a.note ? ` · ${a.note}` : ''}
            </li>
          ))}
        </List>
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

type Send = (request: Request) => Promise<ReadonlyArray<ServerMessage>>;

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
