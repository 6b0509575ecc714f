import { z } from 'zod';
import { calendarDateSchema } from '../shared/calendar-date.js';
import { optionalIdSchema, optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * Staff changes (分管领导或工作人员变动情况): the first item of the disclosure work ledger
 * [seed §9-3(1)], kept by the general office [seed §9-2]. Ledger records are never deleted: a
 * mistake is corrected by an (audited) update.
 */
export const STAFF_CHANGE_KINDS = [
  'LEADER_CHANGE',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'POST_CHANGE',
  'OTHER',
] as const;
export type StaffChangeKind = (typeof STAFF_CHANGE_KINDS)[number];

export const STAFF_CHANGE_KIND_LABELS: Record<StaffChangeKind, string> = {
  LEADER_CHANGE: '分管领导变动',
  TRANSFER_IN: '工作人员调入',
  TRANSFER_OUT: '工作人员调出',
  POST_CHANGE: '岗位调整',
  OTHER: '其他',
};

export const staffChangeInputSchema = z.object({
  effectiveDate: calendarDateSchema('变动日期'),
  kind: z.enum(STAFF_CHANGE_KINDS, { error: '变动类型无效' }),
  departmentId: optionalIdSchema('处室无效'),
  /** Free text: the person may have no account (a new colleague, a leader of another body). */
  personName: requiredTextSchema('人员姓名', 32),
  userId: optionalIdSchema('关联用户无效'),
  description: optionalTextSchema('变动说明', 2000),
  documentNumber: optionalTextSchema('文号', 64),
});
export type StaffChangeInput = z.output<typeof staffChangeInputSchema>;
