export const DEPARTMENT_KINDS = ['OFFICE', 'DIVISION', 'AFFILIATED_UNIT'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  OFFICE: '办公室',
  DIVISION: '业务处室',
  AFFILIATED_UNIT: '直属单位',
};
