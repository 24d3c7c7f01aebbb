/** Turns an `as const` list into the `{ A: 'A' }` object that type-graphql's registerEnumType wants. */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

/**
 * registerEnumType's `valuesConfig` with a description for every value of the
 * enum object: leaving a value out is a compile error, so the schema never
 * shows an undocumented value.
 *
 *     registerEnumType(RoleEnum, { name: 'Role', description: '…', valuesConfig: describeValues(RoleEnum, { ORG_ADMIN: '…', … }) });
 */
export function describeValues<T extends object>(_enumObject: T, descriptions: { [K in keyof T]: string }): { [K in keyof T]: { description: string } } {
  return Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }])) as {
    [K in keyof T]: { description: string };
  };
}
