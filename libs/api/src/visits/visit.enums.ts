import { registerEnum } from '../common/enums';

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

registerEnum(
  VisitSlot,
  'VisitSlot',
  '入户时段: part of the day of a visit (错时入户 means off-hours: early, noon, evening).',
  {
    MORNING: '早上 (before 9:00)',
    NOON: '中午 (11:30-14:00)',
    EVENING: '晚上 (18:00-21:00)',
    NIGHT: '夜间 (after 21:00)',
  },
);
registerEnum(VisitMethod, 'VisitMethod', '入户方式: how the household was contacted.', {
  IN_PERSON: '上门入户 (in person)',
  APPOINTMENT: '预约入户 (by appointment)',
  PHONE: '电话沟通 (by phone)',
});
registerEnum(VisitOutcome, 'VisitOutcome', '入户结果: what came of a visit.', {
  COMPLETED: '完成登记 (completed)',
  NOBODY_HOME: '无人在家 (nobody home)',
  REFUSED: '拒绝登记 (refused)',
  PARTIAL: '部分完成 (partially completed)',
  MOVED: '已搬离 (moved away)',
});
registerEnum(AppointmentStatus, 'AppointmentStatus', '预约状态: state of an appointment.', {
  PLANNED: '已预约 (planned)',
  KEPT: '已按约入户 (kept)',
  MISSED: '未能按约 (missed)',
  CANCELLED: '已取消 (cancelled)',
});
