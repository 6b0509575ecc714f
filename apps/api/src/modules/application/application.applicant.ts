import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  ANONYMISED_TEXT,
  NOTICE_CHANNEL_LABELS,
  badInput,
  maskIdNumber,
  type ApplicantIdType,
  type ApplicantInput,
  type NoticeChannel,
} from '@gdp/domain';
import type { FieldEncryption } from '../../shared/crypto/field-encryption.js';
import { ApplicationApplicant } from './application.entity.js';
import { ApplicantIdTypeEnum, ApplicantTypeEnum } from './application.enums.js';

/**
 * The applicant's record: the ID number encrypted under the application's id (copied to another row it no
 * longer opens) and a masked copy; the fingerprint matches the same person or organisation across cases.
 */
const idNumberAad = (applicationId: string) => `application:${applicationId}:idNumber`;
const FINGERPRINT_PURPOSE = 'applicant';

/** A keyed hash of the applicant's identity document, or null when there is none (an organisation without code). */
export function applicantFingerprintOf(encryption: FieldEncryption, applicant: ApplicantInput): string | null {
  if (applicant.applicantType === 'NATURAL_PERSON' && applicant.idNumber) {
    return encryption.fingerprint(`${applicant.idType}:${applicant.idNumber.replace(/\s+/g, '').toUpperCase()}`, FINGERPRINT_PURPOSE);
  }
  if (applicant.creditCode) return encryption.fingerprint(`CREDIT_CODE:${applicant.creditCode}`, FINGERPRINT_PURPOSE);
  return null;
}

export function applicantRecordOf(
  encryption: FieldEncryption,
  applicationId: string,
  applicant: ApplicantInput,
  now: Date,
): Omit<ApplicationApplicant, 'application'> {
  const idNumber = applicant.idNumber ?? null;
  return {
    id: applicationId,
    name: applicant.name ?? null,
    idType: applicant.idType ?? null,
    idNumberCipher: idNumber ? encryption.encrypt(idNumber, idNumberAad(applicationId)) : null,
    idNumberMasked: maskIdNumber(idNumber),
    organisationName: applicant.organisationName ?? null,
    creditCode: applicant.creditCode ?? null,
    contactPerson: applicant.contactPerson ?? null,
    phone: applicant.phone ?? null,
    email: applicant.email ?? null,
    postalAddress: applicant.postalAddress ?? null,
    postalCode: applicant.postalCode ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

export function openIdNumber(encryption: FieldEncryption, record: ApplicationApplicant): string | null {
  return record.idNumberCipher ? encryption.decrypt(record.idNumberCipher, idNumberAad(record.id)) : null;
}

/** The personal fields emptied at the end of the retention period (the type and organisation stay). */
export const ANONYMISED_APPLICANT: Partial<ApplicationApplicant> = {
  name: ANONYMISED_TEXT,
  idNumberCipher: null,
  idNumberMasked: null,
  contactPerson: null,
  phone: null,
  email: null,
  postalAddress: null,
  postalCode: null,
};

export const loadApplicant = (manager: EntityManager, applicationId: string): Promise<ApplicationApplicant> =>
  manager.findOneByOrFail(ApplicationApplicant, { id: applicationId });

/** The name a letter is addressed to: the person, or the organisation. */
export const applicantNameOf = (record: ApplicationApplicant | null): string | null =>
  record ? (record.organisationName ?? record.name) : null;

const CONTACT_OF: Partial<Record<NoticeChannel, { field: 'phone' | 'email' | 'postalAddress'; label: string }>> = {
  SMS: { field: 'phone', label: '联系电话' },
  PHONE: { field: 'phone', label: '联系电话' },
  EMAIL: { field: 'email', label: '电子邮箱' },
  POST: { field: 'postalAddress', label: '通信地址' },
};

/**
 * Where a notice to the applicant goes, taken from their record by the system; null for in-system and
 * in-person notices. A channel the applicant left no address for is refused on `noticeChannel`.
 */
export function applicantAddressFor(channel: NoticeChannel, record: ApplicationApplicant): string | null {
  const contact = CONTACT_OF[channel];
  if (!contact) {
    if (channel !== 'FAX') return null;
    const message = '申请人未留下传真号码，请选择其他告知方式';
    throw badInput('APPLICATION.NO_CONTACT_FOR_CHANNEL', message, { noticeChannel: [message] });
  }
  const address = record[contact.field];
  if (!address) {
    const message = `申请人未留下${contact.label}，不能${NOTICE_CHANNEL_LABELS[channel]}，请选择其他告知方式`;
    throw badInput('APPLICATION.NO_CONTACT_FOR_CHANNEL', message, { noticeChannel: [message] });
  }
  if (channel === 'POST' && record.postalCode) return `${record.postalCode} ${address}`;
  return address;
}

@ObjectType({ description: '申请人（证件号码遮掩显示）' })
export class ApplicantView {
  @Field(() => ApplicantTypeEnum)
  applicantType: string;

  @Field(() => String, { nullable: true, description: '姓名' })
  name: string | null;

  @Field(() => ApplicantIdTypeEnum, { nullable: true, description: '证件类型' })
  idType: ApplicantIdType | null;

  @Field(() => String, { nullable: true, description: '证件号码（遮掩；查看全文须 revealApplicantIdNumber）' })
  idNumberMasked: string | null;

  @Field(() => String, { nullable: true, description: '单位名称' })
  organisationName: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱' })
  email: string | null;

  @Field(() => String, { nullable: true, description: '通信地址' })
  postalAddress: string | null;

  @Field(() => String, { nullable: true, description: '邮政编码' })
  postalCode: string | null;
}

export const applicantViewOf = (applicantType: string, record: ApplicationApplicant): ApplicantView => ({
  applicantType,
  name: record.name,
  idType: record.idType,
  idNumberMasked: record.idNumberMasked,
  organisationName: record.organisationName,
  creditCode: record.creditCode,
  contactPerson: record.contactPerson,
  phone: record.phone,
  email: record.email,
  postalAddress: record.postalAddress,
  postalCode: record.postalCode,
});
