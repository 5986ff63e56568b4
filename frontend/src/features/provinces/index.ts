export {
  ALL_PROVINCES,
  provinceKeys,
  provinceQueries,
  useDeploymentProvince,
  useProvinces,
  useProvinceWords,
} from './api/provinces';
export { ProvinceSelect } from './components/ProvinceSelect';
export { ProvinceField } from './components/ProvinceField';
