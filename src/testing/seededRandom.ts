/**
 * Every unit test's randomness is seeded, so a failure repeats: fast-check runs from one fixed
 * seed (FC_SEED overrides it to explore), and `Math.random` is a seeded generator.
 */
import fc from 'fast-check';
import { mulberry32 } from '../lib/model/synth';

const seed = Number(process.env.FC_SEED ?? 20261203);
fc.configureGlobal({ seed });

Math.random = mulberry32(seed);
