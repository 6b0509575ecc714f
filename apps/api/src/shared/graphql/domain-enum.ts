import { registerEnumType } from 'type-graphql';

/** A GraphQL enum built from a domain list, with the zh-CN labels as value descriptions. */
export function enumFrom<const T extends readonly string[]>(
  name: string,
  values: T,
  labels?: Partial<Record<T[number], string>>,
  toKey: (value: T[number]) => string = (value) => value,
) {
  const enumObject = Object.fromEntries(values.map((value) => [toKey(value), value])) as Record<
    string,
    T[number]
  >;
  registerEnumType(enumObject, {
    name,
    valuesConfig: labels
      ? Object.fromEntries(values.map((value) => [toKey(value), { description: labels[value as T[number]] }]))
      : undefined,
  });
  return enumObject;
}
