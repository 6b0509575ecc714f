import { Initial1764144000000 } from './1764144000000-initial.js';
import { AgenciesStaffChangesRules1795695380062 } from './1795695380062-agencies-staff-changes-rules.js';
import { TotpReplayAndDepartmentOrder1795700000000 } from './1795700000000-totp-replay-and-department-order.js';

/** Migrations in order; never edit one that has landed — add a new one. */
export const MIGRATIONS: Function[] = [
  Initial1764144000000,
  AgenciesStaffChangesRules1795695380062,
  TotpReplayAndDepartmentOrder1795700000000,
];
