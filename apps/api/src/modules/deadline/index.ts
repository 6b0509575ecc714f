/** What other modules use of the deadline dashboard's rules. */
export { deadlineStandingOf, isDeadlineOverdue, standingWindow, type StandingWindow } from './deadline.queries.js';
