import ContactMailIcon from '@mui/icons-material/ContactMail';
import type { Application } from './application.resource';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export { ApplicationAnnualReportPage } from './ApplicationAnnualReportPage';
export { ApplicationReplyLetterPage } from './ApplicationReplyLetterPage';

/** No edit page: a case changes only through its workflow steps. */
export default {
  list: ApplicationList,
  create: ApplicationCreate,
  show: ApplicationShow,
  icon: ContactMailIcon,
  options: { label: '依申请公开' },
  recordRepresentation: (record: Application) => record.caseNumber,
};
