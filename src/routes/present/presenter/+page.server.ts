// The presenter view loads the same bundled dataset as the presentation.
export { load } from '../../+page.server';
