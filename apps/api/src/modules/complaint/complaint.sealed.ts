import type { EntityManager } from 'typeorm';
import { badInput, type NoticeChannel } from '@gdp/domain';
import type { FieldEncryption } from '../../shared/crypto/field-encryption.js';
import { ComplaintSealedRecord } from './complaint.entity.js';

/**
 * The sealed part of a complaint [seed §11-5]: who complained and what they wrote, as one AES-256-GCM
 * ciphertext whose associated data is the complaint's id (copied to another complaint it no longer opens).
 * Nothing here is logged, audited in clear, copied to another column or returned, except by the audited
 * reveal.
 */
export interface SealedComplaint {
  name: string | null;
  workplace: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  /** The report material as written (the letter, the call record, the online text). */
  content: string;
  /** The unit complained about, as the complainant named it (external submissions). */
  concernedDepartment: string | null;
}

interface SealedPayload extends SealedComplaint {
  v: 1;
}

/** The associated data binding a sealed record to its complaint: the complaint's id. */
export const complaintSealedAad = (complaintId: string): string => complaintId;

export function sealComplaintData(
  encryption: FieldEncryption,
  complaintId: string,
  data: SealedComplaint,
): string {
  const payload: SealedPayload = {
    v: 1,
    name: data.name ?? null,
    workplace: data.workplace ?? null,
    address: data.address ?? null,
    phone: data.phone ?? null,
    email: data.email ?? null,
    content: data.content,
    concernedDepartment: data.concernedDepartment ?? null,
  };
  return encryption.encrypt(JSON.stringify(payload), complaintSealedAad(complaintId));
}

export function openComplaintData(
  encryption: FieldEncryption,
  complaintId: string,
  cipher: string,
): SealedComplaint {
  const payload = JSON.parse(encryption.decrypt(cipher, complaintSealedAad(complaintId))) as SealedPayload;
  return {
    name: payload.name,
    workplace: payload.workplace,
    address: payload.address,
    phone: payload.phone,
    email: payload.email,
    content: payload.content,
    concernedDepartment: payload.concernedDepartment,
  };
}

/** Reads and opens a complaint's sealed record (inside the caller's transaction). */
export async function loadSealedComplaint(
  manager: EntityManager,
  encryption: FieldEncryption,
  complaintId: string,
): Promise<SealedComplaint> {
  const record = await manager.findOneByOrFail(ComplaintSealedRecord, { complaintId });
  return openComplaintData(encryption, complaintId, record.cipher);
}

const CONTACT_OF: Partial<Record<NoticeChannel, { field: 'phone' | 'email' | 'address'; label: string }>> = {
  SMS: { field: 'phone', label: '联系电话' },
  PHONE: { field: 'phone', label: '联系电话' },
  EMAIL: { field: 'email', label: '电子邮箱' },
  POST: { field: 'address', label: '住址' },
};
const NEEDS_ADDRESS: readonly NoticeChannel[] = ['SMS', 'PHONE', 'EMAIL', 'POST', 'FAX'];

/**
 * The contact address a notice to the complainant goes to, taken from the sealed record by the system (the
 * handler never types or sees it; the notice stores it encrypted under its own row). Null for in-system and
 * in-person notices. A channel the complainant left no address for is refused on `noticeChannel`.
 */
export function complainantAddressFor(channel: NoticeChannel, sealed: SealedComplaint): string | null {
  if (!NEEDS_ADDRESS.includes(channel)) return null;
  const contact = CONTACT_OF[channel];
  const address = contact ? sealed[contact.field] : null;
  if (!contact || !address) {
    const message = contact
      ? `投诉举报人未留下${contact.label}，请选择其他告知方式（如系统内告知）`
      : '投诉举报人未留下传真号码，请选择其他告知方式（如系统内告知）';
    throw badInput('COMPLAINT.NO_CONTACT_FOR_CHANNEL', message, { noticeChannel: [message] });
  }
  return address;
}
