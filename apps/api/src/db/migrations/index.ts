import { Initial1764144000000 } from './1764144000000-initial.js';

/** Migrations in order; never edit one that has landed — add a new one. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [Initial1764144000000];
