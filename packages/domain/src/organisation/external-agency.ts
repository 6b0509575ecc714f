import { z } from 'zod';
import { optionalPhoneSchema, optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * Other administrative agencies (其他行政机关, SPEC M1): the bureau consults them before publishing
 * information that involves them and issues joint documents with them [seed §3-1, §3-2].
 * Their level relative to the bureau matters: a disagreement goes to the common superior [seed §3-2(3)].
 */
export const EXTERNAL_AGENCY_KINDS = ['SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER'] as const;
export type ExternalAgencyKind = (typeof EXTERNAL_AGENCY_KINDS)[number];

export const EXTERNAL_AGENCY_KIND_LABELS: Record<ExternalAgencyKind, string> = {
  SUPERIOR: '上级机关',
  PEER: '同级部门',
  SUBORDINATE: '下级单位',
  OTHER: '其他',
};

export const EXTERNAL_AGENCY_NAME_MAX = 100;

export const externalAgencyInputSchema = z.object({
  name: requiredTextSchema('机关名称', EXTERNAL_AGENCY_NAME_MAX),
  kind: z.enum(EXTERNAL_AGENCY_KINDS, { error: '机关类别无效' }),
  contactPerson: optionalTextSchema('联系人', 32),
  phone: optionalPhoneSchema('联系电话'),
  address: optionalTextSchema('地址', 200),
  notes: optionalTextSchema('备注', 1000),
});
export type ExternalAgencyInput = z.output<typeof externalAgencyInputSchema>;
