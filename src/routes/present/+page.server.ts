// The presentation is built with the same bundled dataset as the explorer.
export { load } from '../+page.server';
