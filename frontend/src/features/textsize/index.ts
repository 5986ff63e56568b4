export { TextSizeSwitch } from './TextSizeSwitch';
