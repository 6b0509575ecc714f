import { Initial1764144000000 } from './1764144000000-initial.js';

/** Migrations in order; never edit one that has landed — add a new one. */
export const MIGRATIONS: Function[] = [Initial1764144000000];
