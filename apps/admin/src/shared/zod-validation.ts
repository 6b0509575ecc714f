/** What the console needs of a zod schema (zod itself is the domain's dependency). */
interface SafeParser {
  safeParse(value: unknown):
    | { success: true }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
      };
}

/** Form errors shaped like the form values: nested inputs (`firstVersion.text`) get nested errors. */
export type FormErrors = { [field: string]: string | FormErrors };

/**
 * A react-admin form `validate` function from one of the domain's zod schemas: the same field rules and
 * zh-CN messages the API applies, shown before the request is sent. The first message per field wins.
 */
export function validateWith(schema: SafeParser) {
  return (values: Record<string, unknown>): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    issues: for (const issue of result.error.issues) {
      const path = issue.path.length > 0 ? issue.path.map(String) : ['root'];
      let level = errors;
      for (const key of path.slice(0, -1)) {
        const next = level[key];
        if (typeof next === 'string') continue issues; // the parent already has its message
        level = level[key] = next ?? {};
      }
      level[path[path.length - 1]] ??= issue.message;
    }
    return errors;
  };
}
