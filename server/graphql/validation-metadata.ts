import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const CACHED = Symbol.for('cadre.validationMetadataCache');

/**
 * class-validator finds the rules of a class on every `validate()` call by
 * walking every class it knows (`getTargetValidationMetadatas` tests
 * `prototype instanceof` against each of them, then filters and de-duplicates):
 * with the schema's few hundred input classes that walk was most of the cost
 * of validating one mutation's input. The answer depends only on the class,
 * the options and the rules registered, so it is kept per class and options
 * and forgotten whenever a rule is registered (decorators run at import, so in
 * a running server the cache never goes stale). Every rule still runs on every
 * input: only the lookup of which rules apply is remembered.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [CACHED]?: true };
  if (marked[CACHED]) return;
  marked[CACHED] = true;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  let cache = new Map<unknown, Map<string, ReturnType<Lookup>>>();
  const forget = <A extends unknown[]>(register: (...args: A) => void) =>
    function (this: unknown, ...args: A): void {
      cache = new Map();
      register.apply(storage, args);
    };
  storage.addValidationMetadata = forget(storage.addValidationMetadata.bind(storage));
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata.bind(storage));
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    const key = `${targetSchema}\u0000${always}\u0000${strictGroups}\u0000${groups ? groups.join('\u0001') : '-'}`;
    let byOptions = cache.get(targetConstructor);
    if (!byOptions) {
      byOptions = new Map();
      cache.set(targetConstructor, byOptions);
    }
    let found = byOptions.get(key);
    if (!found) {
      found = lookup(targetConstructor, targetSchema, always, strictGroups, groups);
      byOptions.set(key, found);
    }
    return found;
  };
}
