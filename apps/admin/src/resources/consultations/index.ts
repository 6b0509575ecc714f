import type { Consultation } from './consultation.resource';
import { ConsultationShow } from './ConsultationShow';

/** Not in the menu: consultations are sent and answered on their document's page. */
export default {
  show: ConsultationShow,
  options: { label: '征求意见' },
  recordRepresentation: (record: Consultation) => record.consulteeName,
};
