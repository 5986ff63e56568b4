export { UnitVillages } from './components/UnitVillages';
export { VillageFiguresTable } from './components/VillageFiguresTable';
export { VillageImport } from './components/VillageImport';
