import { Navigate } from 'react-router-dom';
import { Loading, Show, useRecordContext } from 'react-admin';
import type { Consultation } from './consultation.resource';

const ToDocument = () => {
  const consultation = useRecordContext<Consultation>();
  if (!consultation) return <Loading />;
  const resource = consultation.subjectKind === 'APPLICATION' ? 'applications' : 'documents';
  return <Navigate to={`/${resource}/${consultation.subjectId}/show`} replace />;
};

/** A consultation is handled on its subject's page (document or application): its tasks (待办) lead there. */
export const ConsultationShow = () => (
  <Show>
    <ToDocument />
  </Show>
);
