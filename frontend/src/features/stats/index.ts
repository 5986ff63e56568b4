export {
  useAgencyDetail,
  usePublicDashboard,
  useSummary,
  useTargetsOverview,
  useUnitDetail,
  useUnitStats,
} from './api/stats';
export { AgencyStatsTable } from './components/AgencyStatsTable';
export { AsOf } from './components/AsOf';
export { AsOfPicker, ChangeLine, type AsOfChoice } from './components/AsOfPicker';
export { RankingChart, SeriesChart, type RankedPlace } from './components/Charts';
export { FollowUpList } from './components/FollowUpList';
export { RateFigure } from './components/RateFigure';
export { StatCard } from './components/StatCard';
export { SummaryCards } from './components/SummaryCards';
export { TargetList } from './components/TargetList';
export { UnitStatsTable } from './components/UnitStatsTable';
export { formatAsOf, formatCount, formatDay, formatPercent } from './format';
