/**
 * Reading a scheme tree for display: the rows of the tree table and the file
 * reader for uploads. The rules themselves live on the server
 * (workflows/indicators), which reports every problem with its node.
 */
export interface TreeRow {
  id: string;
  /** Dimension key, or the indicator code. */
  key: string;
  name: string;
  kind: 'dimension' | 'indicator';
  weight: string;
  method: string;
  target: string;
  source: string;
  children?: TreeRow[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The tree as nested table rows; whatever does not have the expected shape is shown as far as it goes. */
export function treeRows(tree: unknown): TreeRow[] {
  if (!isObject(tree) || !Array.isArray(tree.dimensions)) return [];
  return tree.dimensions.filter(isObject).map((d, i) => {
    const w = isObject(d.weights) ? d.weights : {};
    const key = String(d.key ?? i);
    return {
      id: `d:${key}:${i}`,
      key,
      name: key,
      kind: 'dimension' as const,
      weight: ['TEAM', 'PRINCIPAL', 'DEPUTY'].map((k) => String(w[k] ?? '–')).join(' / '),
      method: '',
      target: '',
      source: '',
      children: (Array.isArray(d.indicators) ? d.indicators : []).filter(isObject).map((ind, j) => ({
        id: `i:${key}:${String(ind.code ?? j)}:${j}`,
        key: String(ind.code ?? ''),
        name: String(ind.name ?? ''),
        kind: 'indicator' as const,
        weight: String(ind.weight ?? '–'),
        method: String(ind.method ?? ''),
        target: `${String(ind.baseline ?? '')} → ${String(ind.target ?? '')} ${String(ind.unit ?? '')}`.trim(),
        source: isObject(ind.dataSource) ? `${String(ind.dataSource.kind ?? '')} · ${String(ind.dataSource.provider ?? '')}` : '',
      })),
    };
  });
}

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
