import fc from 'fast-check';

// Property tests are reproducible: `npm test` picks a seed, prints it, and hands it to every
// test file here; FC_SEED=<seed> npm test replays the same inputs.
const seed = Number(process.env.FC_SEED);
if (Number.isSafeInteger(seed)) fc.configureGlobal({ seed });
