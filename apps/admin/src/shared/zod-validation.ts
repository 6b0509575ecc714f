/** What the console needs of a zod schema (zod itself is the domain's dependency). */
interface SafeParser {
  safeParse(value: unknown):
    | { success: true }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
      };
}

/**
 * A react-admin form `validate` function from one of the domain's zod schemas: the same field rules and
 * zh-CN messages the API applies, shown before the request is sent.
 */
export function validateWith(schema: SafeParser) {
  return (values: Record<string, unknown>): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.') || 'root';
      errors[key] ??= issue.message;
    }
    return errors;
  };
}
