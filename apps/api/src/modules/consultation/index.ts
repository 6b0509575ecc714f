/** Release coordination (SPEC M4): one consultation entity, what the document and review modules ask of it. */
export { Consultation, ConsultationEvent } from './consultation.entity.js';
export { ConsultationResolver, DocumentConsultationsResolver } from './consultation.resolver.js';
export { documentPublicationBlocker, hasOpenAgencyConsultation } from './consultation.steps.js';
export {
  sendApplicationConsultations,
  type ApplicationConsultationInput,
} from './use-cases/send-application-consultation.js';
export { onConsultationEnded, type ConsultationEndedListener } from './consultation.listeners.js';
export { lapseSilentConsultations } from './use-cases/lapse-silent-consultations.js';
