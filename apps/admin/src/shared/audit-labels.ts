import { OPERATION_LABELS } from '../graphql/generated/operation-labels';

/** Actions the API records outside GraphQL. */
const SYSTEM_ACTION_LABELS: Record<string, string> = {
  'System.seedDemoData': '生成演示数据',
};

/** An audit action (`Mutation.createDepartment`) by its zh-CN name from the schema (`新建处室`). */
export function actionLabel(action: string): string {
  const label = OPERATION_LABELS[action] ?? SYSTEM_ACTION_LABELS[action];
  return label ? label.replace(/（[^）]*）$/, '').replace(/；.*$/, '') : action;
}

/** Choices for filtering by action: every labelled operation. */
export const ACTION_CHOICES = Object.keys({ ...OPERATION_LABELS, ...SYSTEM_ACTION_LABELS })
  .sort()
  .map((action) => ({ id: action, name: `${actionLabel(action)}（${action}）` }));
