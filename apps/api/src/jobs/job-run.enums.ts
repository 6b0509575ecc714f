import { JOB_RUN_OUTCOMES, JOB_RUN_OUTCOME_LABELS } from '@gdp/domain';
import { enumFrom } from '../shared/graphql/domain-enum.js';

export const JobRunOutcomeEnum = enumFrom('JobRunOutcome', JOB_RUN_OUTCOMES, JOB_RUN_OUTCOME_LABELS);
