import { registerEnumType } from 'type-graphql';

/** 错时入户: the part of the day of a visit; offices schedule off-hours visits to find people at home. */
export enum VisitSlot {
  MORNING = 'MORNING',
  NOON = 'NOON',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
}

export enum VisitMethod {
  IN_PERSON = 'IN_PERSON',
  APPOINTMENT = 'APPOINTMENT',
  PHONE = 'PHONE',
}

export enum VisitOutcome {
  COMPLETED = 'COMPLETED',
  NOBODY_HOME = 'NOBODY_HOME',
  REFUSED = 'REFUSED',
  PARTIAL = 'PARTIAL',
  MOVED = 'MOVED',
}

export enum AppointmentStatus {
  PLANNED = 'PLANNED',
  KEPT = 'KEPT',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

/** Outcomes that count as a failed visit for the agenda's "repeated failures" list. */
export const FAILED_OUTCOMES: readonly VisitOutcome[] = [VisitOutcome.NOBODY_HOME, VisitOutcome.REFUSED];

registerEnumType(VisitSlot, {
  name: 'VisitSlot',
  description: '入户时段: part of the day of a visit (错时入户 means off-hours: early, noon, evening).',
  valuesConfig: {
    MORNING: { description: '早上 (before 9:00)' },
    NOON: { description: '中午 (11:30-14:00)' },
    EVENING: { description: '晚上 (18:00-21:00)' },
    NIGHT: { description: '夜间 (after 21:00)' },
  },
});
registerEnumType(VisitMethod, {
  name: 'VisitMethod',
  description: '入户方式: how the household was contacted.',
  valuesConfig: {
    IN_PERSON: { description: '上门入户 (in person)' },
    APPOINTMENT: { description: '预约入户 (by appointment)' },
    PHONE: { description: '电话沟通 (by phone)' },
  },
});
registerEnumType(VisitOutcome, {
  name: 'VisitOutcome',
  description: '入户结果: what came of a visit.',
  valuesConfig: {
    COMPLETED: { description: '完成登记 (completed)' },
    NOBODY_HOME: { description: '无人在家 (nobody home)' },
    REFUSED: { description: '拒绝登记 (refused)' },
    PARTIAL: { description: '部分完成 (partially completed)' },
    MOVED: { description: '已搬离 (moved away)' },
  },
});
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: '预约状态: state of an appointment.',
  valuesConfig: {
    PLANNED: { description: '已预约 (planned)' },
    KEPT: { description: '已按约入户 (kept)' },
    MISSED: { description: '未能按约 (missed)' },
    CANCELLED: { description: '已取消 (cancelled)' },
  },
});
