import type { components } from '../lib/api/schema';

/**
 * Answers of openapi.yaml's statistics schemas, for the component tests: each checked against the
 * generated types (`satisfies`), so a fixture cannot drift from the contract.
 */
type Schemas = components['schemas'];

export function rate(overrides: Partial<Schemas['Rate']> = {}) {
  return {
    percent: 73.8,
    numerator: 88064,
    denominator: 119285,
    basis: 'LEARNERS',
    estimated: false,
    source: null,
    validFrom: null,
    missing: null,
    ...overrides,
  } satisfies Schemas['Rate'];
}

export const counts = {
  learners: 119285,
  enrolled: 101230,
  completedLessons: 90112,
  passed: 88064,
  certified: 88064,
} satisfies Schemas['StatCounts'];

export const byGroup = [
  {
    learnerGroup: 'CBCCVC',
    learners: 44683,
    enrolled: 40000,
    completedLessons: 39000,
    passed: 38000,
    certified: 38000,
  },
  {
    learnerGroup: 'CITIZEN',
    learners: 74602,
    enrolled: 61230,
    completedLessons: 51112,
    passed: 50064,
    certified: 50064,
  },
] satisfies Schemas['GroupCounts'][];

export const targetStatus = {
  targetId: '0196f1a2-7b3c-7d4e-8f50-6a7b8c9d0e1f',
  name: 'Ít nhất 80% người trưởng thành tham gia học',
  learnerGroup: 'ADULTS',
  metric: 'PARTICIPATION_RATE',
  value: 80,
  deadline: '2025-12-31',
  current: 41.5,
  currentCount: 16620,
  goalCount: 32040,
  remaining: 15420,
  daysLeft: 50,
  pacePerDayNeeded: 308.4,
  currentPacePerDay: 210.2,
  projectedDate: '2026-02-12',
  status: 'BEHIND',
  denominatorEstimated: true,
  scope: 'EACH_UNIT',
  place: { kind: 'UNIT', id: '21211', name: 'Xã Tịnh Khê' },
  denominator: 40050,
  denominatorSource: 'Ước tính từ dân số (units.csv)',
  denominatorValidFrom: '2025-07-01',
} satisfies Schemas['TargetStatus'];

/** A village's status on its unit's page: no denominator yet. */
export const villageTargetStatus = {
  ...targetStatus,
  targetId: '0195a6b0-0000-7000-8000-0000000000da',
  name: '100% người trưởng thành của mỗi thôn, tổ dân phố có kỹ năng số cơ bản năm 2026',
  metric: 'CERTIFIED_RATE',
  value: 100,
  current: null,
  currentCount: 12,
  goalCount: null,
  remaining: null,
  pacePerDayNeeded: null,
  projectedDate: null,
  status: 'NO_DENOMINATOR',
  denominatorEstimated: false,
  scope: 'EACH_VILLAGE',
  place: { kind: 'VILLAGE', id: '12', name: 'Thôn Trường Thọ' },
  denominator: null,
  denominatorSource: null,
  denominatorValidFrom: null,
} satisfies Schemas['TargetStatus'];

export const series = [
  { day: '2025-11-10', registered: 120, enrolled: 100, lessonsCompleted: 400, passed: 50, certified: 48, revoked: 0 },
  { day: '2025-11-11', registered: 80, enrolled: 70, lessonsCompleted: 300, passed: 40, certified: 40, revoked: 1 },
] satisfies Schemas['SeriesPoint'][];

export const summary = {
  asOf: '2025-11-11T02:00:00Z',
  counts,
  byGroup,
  adultLearners: 110000,
  certifiedPublicServants: 38000,
  rates: {
    completion: rate(),
    participation: rate({
      percent: 7.3,
      numerator: 110000,
      denominator: 1500000,
      basis: 'ADULT_POPULATION',
      estimated: true,
      source: 'units.csv',
    }),
    publicServantCoverage: rate({
      percent: null,
      numerator: 38000,
      denominator: null,
      basis: 'PUBLIC_SERVANTS',
      missing: 'NO_DENOMINATOR',
    }),
  },
  series,
  targets: [targetStatus],
} satisfies Schemas['ProvinceStats'];

export function unitRow(code: string, name: string, rank: number | null, participation = 41.5) {
  return {
    code,
    name,
    type: 'xã',
    counts: { learners: 1716, enrolled: 1500, completedLessons: 1200, passed: 1100, certified: 1100 },
    rates: {
      completion: rate({ percent: 64.1, numerator: 1100, denominator: 1716 }),
      participation: rate({
        percent: participation,
        numerator: 1716,
        denominator: 40110,
        basis: 'ADULT_POPULATION',
        estimated: true,
      }),
      publicServantCoverage: rate({
        percent: null,
        numerator: 0,
        denominator: null,
        basis: 'PUBLIC_SERVANTS',
        missing: 'NO_DENOMINATOR',
      }),
    },
    rank,
  } satisfies Schemas['UnitStatsRow'];
}

export function unitPage(items: ReturnType<typeof unitRow>[], page = 1, totalPages = 1) {
  return {
    asOf: '2025-11-11T02:00:00Z',
    sort: 'participationRate',
    items,
    page,
    size: 20,
    totalItems: items.length,
    totalPages,
  } satisfies Schemas['UnitStatsPage'];
}

export const unitDetail = {
  asOf: '2025-11-11T02:00:00Z',
  unit: { code: '21211', name: 'Xã Tịnh Khê', type: 'xã' },
  counts,
  byGroup,
  adultLearners: 1600,
  certifiedPublicServants: 80,
  rates: summary.rates,
  ranks: { participation: 12, completion: null, outOf: 96 },
  series,
  targets: [targetStatus],
} satisfies Schemas['UnitStatsDetail'];
