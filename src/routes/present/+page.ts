// Parsed like the explorer's (the one way in for data).
export { load } from '../+page';
