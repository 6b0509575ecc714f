import { isOrganisationApplicant, type ApplicantType } from '@gdp/domain';
import type {
  ApplicantIdType,
  ApplicationChannel,
  ApplicationDeliveryForm,
  ApplicationFeeMethod,
  ApplicationResultCategory,
  ConsultationUse,
  NoticeChannel,
  WithholdingReason,
} from '../../graphql/generated/graphql';
import { optionalText, requiredText, type FormValues } from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import { indexNumbersOf, replyResultInputsOf } from './application-results';

/**
 * The application's forms → the API's inputs, shaped as the domain's schemas (application.schemas.ts) take
 * them: the console validates exactly what it sends. Empty texts become null; the fields of the other kind
 * of applicant are never sent.
 */

/** A natural person's identity (条例 art. 29: 身份证明) and an organisation's, as the applicant block holds them. */
export const PERSON_FIELDS = ['name', 'idType', 'idNumber'] as const;
export const ORGANISATION_FIELDS = ['organisationName', 'creditCode', 'contactPerson'] as const;

const trimmed = (value: unknown) => requiredText(value).trim();
const numberOrNull = (value: unknown): number | null =>
  value === null || value === undefined || value === '' || Number.isNaN(Number(value)) ? null : Number(value);
/** The form's notice channel; none chosen → the API's default (系统内告知). */
const noticeChannelOf = (value: unknown) => (optionalText(value) as NoticeChannel | null) ?? null;
const upperOrNull = (value: unknown) => optionalText(value)?.toUpperCase() ?? null;

export function toApplicantInput(values: FormValues = {}) {
  const applicantType = (values.applicantType ?? null) as ApplicantType | null;
  const isOrganisation = applicantType !== null && isOrganisationApplicant(applicantType);
  const keep = (name: string, value: unknown) =>
    (isOrganisation
      ? (PERSON_FIELDS as readonly string[])
      : (ORGANISATION_FIELDS as readonly string[])
    ).includes(name)
      ? null
      : value;
  return {
    applicantType: applicantType as ApplicantType,
    name: keep('name', optionalText(values.name)) as string | null,
    idType: keep('idType', values.idType ?? null) as ApplicantIdType | null,
    idNumber: keep('idNumber', upperOrNull(values.idNumber)) as string | null,
    organisationName: keep('organisationName', optionalText(values.organisationName)) as string | null,
    creditCode: keep('creditCode', upperOrNull(values.creditCode)) as string | null,
    contactPerson: keep('contactPerson', optionalText(values.contactPerson)) as string | null,
    phone: optionalText(values.phone),
    email: optionalText(values.email),
    postalAddress: optionalText(values.postalAddress),
    postalCode: optionalText(values.postalCode),
  };
}

export function toApplicationIntakeInput(data: FormValues) {
  return {
    channel: data.channel as ApplicationChannel,
    arrivedDate: toCalendarDate(data.arrivedDate) ?? '',
    receivedDate: toCalendarDate(data.receivedDate) ?? '',
    applicant: toApplicantInput((data.applicant ?? {}) as FormValues),
    description: trimmed(data.description),
    purpose: optionalText(data.purpose),
    deliveryForm: data.deliveryForm as ApplicationDeliveryForm,
    issueAccessCode: data.issueAccessCode === true,
  };
}

export const toRequestCorrectionInput = (data: FormValues) => ({
  request: trimmed(data.request),
  periodWorkingDays: numberOrNull(data.periodWorkingDays),
  noticeChannel: noticeChannelOf(data.noticeChannel),
});

export const toRecordCorrectionInput = (data: FormValues) => ({
  receivedDate: toCalendarDate(data.receivedDate) ?? '',
  correctedDescription: trimmed(data.correctedDescription),
});

export const toExtendInput = (data: FormValues) => ({
  // Checked by the domain's schema before it is sent: null only on a refused form.
  byWorkingDays: numberOrNull(data.byWorkingDays) as number,
  reason: trimmed(data.reason),
  noticeChannel: noticeChannelOf(data.noticeChannel),
});

export const toAskReasonsInput = (data: FormValues) => ({
  request: trimmed(data.request),
  noticeChannel: noticeChannelOf(data.noticeChannel),
});

export const toReasonablePeriodInput = (data: FormValues) => ({
  // Checked by the domain's schema before it is sent: null only on a refused form.
  byWorkingDays: numberOrNull(data.byWorkingDays) as number,
  reason: trimmed(data.reason),
  noticeChannel: noticeChannelOf(data.noticeChannel),
});

export const toFeeNoticeInput = (data: FormValues) => ({
  method: data.method as ApplicationFeeMethod,
  pages: data.method === 'PER_PAGE' ? numberOrNull(data.pages) : null,
  paymentPeriodWorkingDays: numberOrNull(data.paymentPeriodWorkingDays),
  noticeChannel: noticeChannelOf(data.noticeChannel),
});

export const toRecordPaymentInput = (data: FormValues) => ({
  paidDate: toCalendarDate(data.paidDate) ?? '',
  reference: trimmed(data.reference),
});

/**
 * 征求意见: third parties named with how the letter reaches them (art. 32), or the agencies that made the
 * document jointly (art. 34, by id) — only the chosen kind is sent.
 */
export const toConsultInput = (data: FormValues) => {
  const isJointAgency = data.use === 'APPLICATION_JOINT_AGENCY';
  const thirdParties = (Array.isArray(data.thirdParties) ? data.thirdParties : []) as FormValues[];
  return {
    use: requiredText(data.use) as ConsultationUse,
    agencyIds: isJointAgency && Array.isArray(data.agencyIds) ? data.agencyIds.map(String) : [],
    thirdParties: isJointAgency
      ? []
      : thirdParties
          .filter((party) => party && (optionalText(party.name) || optionalText(party.contactAddress)))
          .map((party) => ({
            name: trimmed(party.name),
            channel: requiredText(party.channel) as NoticeChannel,
            contactAddress: optionalText(party.contactAddress),
          })),
    basicFacts: trimmed(data.basicFacts),
    opinion: trimmed(data.opinion),
    basis: trimmed(data.basis),
  };
};

/** Only the inputs the chosen result calls for are sent (a category change leaves no stale reason behind). */
export function toReplyInput(data: FormValues) {
  const needs = replyResultInputsOf(data.resultCategory, data.resultReason);
  return {
    resultCategory: requiredText(data.resultCategory) as ApplicationResultCategory,
    resultReason: optionalText(data.resultReason),
    withholdingReasons:
      needs.withholdingReasons && Array.isArray(data.withholdingReasons)
        ? (data.withholdingReasons.map(String) as WithholdingReason[])
        : [],
    publishedIndexNumbers: needs.publishedIndexNumbers ? indexNumbersOf(data.publishedIndexNumbers) : [],
    responsibleAgency: needs.responsibleAgency ? optionalText(data.responsibleAgency) : null,
    replyText: optionalText(data.replyText),
    noticeChannel: noticeChannelOf(data.noticeChannel),
  };
}

/** A file chosen in react-admin's FileInput: the browser's File under `rawFile`. */
interface ChosenFile {
  rawFile?: Blob & { name?: string };
  title?: string;
}

/**
 * 提供信息送保密审查 → SubmitApplicationReplyForReviewInput: the files read as base64 (the API judges their
 * type by content), the level-1 reasons and basis only when something is withheld.
 */
export async function toSubmitReplyForReviewInput(
  data: FormValues,
  readAsBase64: (file: Blob) => Promise<string>,
) {
  const outcome = requiredText(data.levelOneOutcome) as 'DISCLOSE' | 'PARTIAL' | 'WITHHOLD';
  const chosen = (Array.isArray(data.files) ? data.files : []) as ChosenFile[];
  const files = await Promise.all(
    chosen
      .filter((file) => file.rawFile)
      .map(async (file) => ({
        fileName: file.rawFile?.name ?? file.title ?? '文件',
        contentBase64: await readAsBase64(file.rawFile as Blob),
      })),
  );
  return {
    holdingDepartmentId: requiredText(data.holdingDepartmentId),
    suppliedText: requiredText(data.suppliedText),
    files,
    replyText: optionalText(data.replyText),
    noticeChannel: noticeChannelOf(data.noticeChannel),
    levelOneOpinion: requiredText(data.levelOneOpinion),
    levelOneAssessment: {
      outcome,
      reasons:
        outcome !== 'DISCLOSE' && Array.isArray(data.levelOneReasons)
          ? (data.levelOneReasons.map(String) as WithholdingReason[])
          : [],
      basis: outcome !== 'DISCLOSE' ? optionalText(data.levelOneBasis) : null,
    },
  };
}
