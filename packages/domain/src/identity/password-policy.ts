/** Password rules of 等保 level 3 as SPEC §2.1 states them: ≥ 8 characters, 3 of 4 character classes. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

const CHARACTER_CLASSES: ReadonlyArray<RegExp> = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Returns zh-CN violations; an empty list means the password is acceptable. */
export function checkPasswordPolicy(password: string, context: { username?: string } = {}): string[] {
  const violations: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) violations.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (password.length > PASSWORD_MAX_LENGTH) violations.push(`密码最多 ${PASSWORD_MAX_LENGTH} 个字符`);
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) {
    violations.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  }
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    violations.push('密码不能包含用户名');
  }
  return violations;
}
