/**
 * The statements of a county-scoped request that may reach more than one county, by the label the statement
 * recorder gives them (`<domain>/<file>: <function>`, see sql-recorder.ts), checked by county-routing.spec.ts and
 * mirrored in docs/scaling.md ("Deliberate cross-county statements", "Not yet routed").
 *
 * Both lists are exact: the spec fails on a cross-county statement whose label is on neither (for its kind of
 * request), and on an entry whose label no longer issues any cross-county statement in requests of its kind (a routed
 * statement leaves NOT_YET_ROUTED).
 */
/** The two kinds of request the routing spec sends (the recorder's phase). */
export type Requests = 'county' | 'above-county';

export interface CrossCountyEntry {
  /** The recorder's label of the function issuing the statement. */
  label: string;
  /**
   * The requests it is deliberate for: those of one county's accounts (`county`), or those of an account holding a
   * zone above the county (`above-county`: a city, a province, the nation). NOT_YET_ROUTED is for county requests.
   */
  requests: Requests;
  /** Why it reads across counties (DELIBERATE) or what routing it still lacks (NOT_YET_ROUTED). */
  why: string;
}

/**
 * By design: figures of a zone above the county (nation, province, city), the national citizen-ID duplicate
 * search, lookups by a key that does not name its county. On Citus these run on every node (or on a reference or
 * lookup table) and are rare.
 */
export const DELIBERATE_CROSS_COUNTY: readonly CrossCountyEntry[] = [
  {
    requests: 'above-county',
    label: 'persons/person.loaders.ts: createPersonLoaders.persons',
    why: 'The search by citizen ID of an account above the county (the national duplicate search) reads every county it holds; on Citus it goes through citizen_id_directory (distributed by the hash) to the one or two counties that hold the ID.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.figureRows',
    why: 'Figures of a province or city: the roll-up, open problems and registry counts of all its counties, read on each node and summed on the coordinator.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.longFormRefusals',
    why: 'Long-form refusals by item of a province or city: the households and persons with refusals (a partial index led by the county) in all its counties, counted on each node and summed.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.enumerators',
    why: "The enumerators' progress below a province or city: their roll-ups and last activity in all its counties.",
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.trend',
    why: 'The trend of a province or city (progress over time): the daily snapshots (progress_daily) of all its counties, summed per day.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.childTrends',
    why: 'The trend per child zone of a province or city (its cities or counties): the daily snapshots of all its counties, summed per child and day.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.enumeratorTrends',
    why: 'The trend per enumerator below a province or city: the daily snapshots of the small zones its enumerators hold, in all its counties.',
  },
  {
    requests: 'above-county',
    label: 'progress/progress.service.ts: ProgressService.daily',
    why: 'The day-by-day submissions, approvals and visits of a province or city: the workflow events and visits of all its counties.',
  },
  {
    requests: 'above-county',
    label: 'reconciliation/reconciliation.service.ts: ReconciliationService.read',
    why: "The listing worklist of a province or city: the items are computed in each of its counties (every table is joined on county_code, so each county's part runs on its node) and merged.",
  },
  {
    requests: 'above-county',
    label: 'reconciliation/reconciliation.service.ts: ReconciliationService.rollup',
    why: "The worklist roll-up of a province or city per child zone: each county's items counted on its node, the counts summed.",
  },
  {
    requests: 'county',
    label: 'self-report/self-report.service.ts: SelfReportService.start',
    why: 'The resident signs in with the code alone and does not know its county, so the household is found by self_report_code_hash in every county (rare: one statement per sign-in, rate-limited). On Citus a small directory table of the codes distributed by the hash routes it, as citizen_id_directory does for citizen IDs.',
  },
];

/** Known to still reach every county: to be routed (then removed from here). */
export const NOT_YET_ROUTED: readonly CrossCountyEntry[] = [];

/** Both lists. */
export const CROSS_COUNTY_ENTRIES: readonly CrossCountyEntry[] = [
  ...DELIBERATE_CROSS_COUNTY,
  ...NOT_YET_ROUTED,
];

/** The entry that allows a cross-county statement of `label` in requests of this kind, if any. */
export function entryFor(requests: Requests, label: string): CrossCountyEntry | undefined {
  return CROSS_COUNTY_ENTRIES.find((entry) => entry.label === label && entry.requests === requests);
}
