import { badInput } from '../shared/domain-error.js';

/**
 * Whistleblower protection [seed §11-5]: the complainant's identity and material are sealed; what the
 * handler writes — summaries, transfer notes, notices, replies, findings, correction requirements — is
 * shown to others (colleagues, the unit a case is transferred to, the department ordered to correct, the
 * auditor). These texts must not carry who complained. The check is a guard against slips, not a proof:
 * it catches the name, the phone number and the e-mail or postal address written out.
 */
export interface ComplainantIdentity {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export type IdentityClue = 'name' | 'phone' | 'email' | 'address';

const IDENTITY_CLUE_LABELS: Record<IdentityClue, string> = {
  name: '姓名',
  phone: '联系电话',
  email: '电子邮箱',
  address: '住址',
};

/** Shorter values would match ordinary words (a one-character name, a three-digit extension). */
const MIN_NAME = 2;
const MIN_PHONE_DIGITS = 7;
const MIN_ADDRESS = 6;

const squeeze = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
const digitsOf = (text: string): string => text.normalize('NFKC').replace(/\D+/g, '');

/** The parts of the identity that appear in `text`. */
export function identityCluesIn(
  text: string | null | undefined,
  identity: ComplainantIdentity,
): IdentityClue[] {
  if (!text) return [];
  const plain = squeeze(text);
  const lower = plain.toLowerCase();
  const clues: IdentityClue[] = [];
  const name = identity.name ? squeeze(identity.name) : '';
  if (name.length >= MIN_NAME && plain.includes(name)) clues.push('name');
  const phone = identity.phone ? digitsOf(identity.phone) : '';
  if (phone.length >= MIN_PHONE_DIGITS && digitsOf(text).includes(phone)) clues.push('phone');
  const email = identity.email ? squeeze(identity.email).toLowerCase() : '';
  if (email && lower.includes(email)) clues.push('email');
  const address = identity.address ? squeeze(identity.address) : '';
  if (address.length >= MIN_ADDRESS && plain.includes(address)) clues.push('address');
  return clues;
}

/**
 * Refuses texts that name the complainant: BAD_USER_INPUT on each offending field. The message names which
 * kind of detail was found, never the detail itself (it would be copied into logs and audit rows).
 */
export function assertNoIdentityIn(
  texts: Record<string, string | null | undefined>,
  identity: ComplainantIdentity,
): void {
  const fields: Record<string, string[]> = {};
  for (const [field, text] of Object.entries(texts)) {
    const clues = identityCluesIn(text, identity);
    if (clues.length > 0) {
      fields[field] = [`不得写入投诉举报人的${clues.map((clue) => IDENTITY_CLUE_LABELS[clue]).join('、')}`];
    }
  }
  const first = Object.values(fields)[0]?.[0];
  if (first) {
    throw badInput(
      'COMPLAINT.IDENTITY_IN_TEXT',
      `为保护投诉举报人，${first}（请以“投诉举报人”指代）`,
      fields,
    );
  }
}
