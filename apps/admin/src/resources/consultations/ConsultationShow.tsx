import { Navigate } from 'react-router-dom';
import { Loading, Show, useRecordContext } from 'react-admin';
import type { Consultation } from './consultation.resource';

const ToDocument = () => {
  const consultation = useRecordContext<Consultation>();
  if (!consultation) return <Loading />;
  return <Navigate to={`/documents/${consultation.subjectId}/show`} replace />;
};

/** A consultation is handled on its document's page: its tasks (待办) lead there. */
export const ConsultationShow = () => (
  <Show>
    <ToDocument />
  </Show>
);
