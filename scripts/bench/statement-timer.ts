/**
 * Times every statement the pg driver sends from this process (the prepared
 * ones of server/common/sql.ts included), keyed by its first `width`
 * characters with whitespace folded: `record` is called with the key, when
 * the statement was sent (performance.now()) and how long it took in ms.
 */
export async function timeStatements(width: number, record: (key: string, at: number, ms: number) => void): Promise<void> {
  const pg = (await import('pg')).default;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (!(result instanceof Promise)) return result;
    const first = args[0] as string | { text: string };
    const key = (typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').slice(0, width);
    const at = performance.now();
    const done = () => record(key, at, performance.now() - at);
    result.then(done, done);
    return result;
  } as typeof pg.Client.prototype.query;
}
