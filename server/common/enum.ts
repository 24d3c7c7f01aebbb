/** Turns an `as const` list into the `{ A: 'A' }` object that type-graphql's registerEnumType wants. */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}
