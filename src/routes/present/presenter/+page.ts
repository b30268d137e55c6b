export { load } from '../../+page';
