/**
 * Reading a scheme tree typed as JSON, and the file reader for uploads. The
 * rules themselves live on the server (workflows/indicators), which reports
 * every problem with its node.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the JSON of a draft; the error message when it is not an object. */
export function parseTree(text: string): { tree: Record<string, unknown> | null; error: string | null } {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? { tree: value, error: null } : { tree: null, error: 'not an object' };
  } catch (e) {
    return { tree: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A file's content as base64 (without the data-URL prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
