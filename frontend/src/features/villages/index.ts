export { UnitVillages } from './components/UnitVillages';
export { VillageFiguresTable } from './components/VillageFiguresTable';
