import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../common/errors.js';

/** Where the CJK font embedded in every document is looked for when DOCUMENT_FONT is not set (Debian's fonts-wqy-zenhei first). */
export const DEFAULT_FONT_PATHS = [
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

/** The font of a collection (.ttc/.otc) to use when DOCUMENT_FONT_FAMILY is not set: the first of these the file holds. */
const COLLECTION_FAMILIES = ['WenQuanYiZenHei', 'NotoSansCJKsc-Regular', 'NotoSerifCJKsc-Regular'];

export interface DocumentFontSettings {
  /** DOCUMENT_FONT: a TTF, OTF or TTC file with Chinese glyphs; empty: the first of DEFAULT_FONT_PATHS found. */
  path: string;
  /** DOCUMENT_FONT_FAMILY: the PostScript name of the font inside a collection (.ttc). */
  family: string;
}

export interface LoadedFont {
  data: Buffer;
  /** The PostScript name within a collection; null for a single font. */
  family: string | null;
  candidates: string[];
}

const cache = new Map<string, LoadedFont>();

/**
 * The CJK font to embed (pdfkit subsets it: a document carries only the glyphs
 * it uses). Read once per process. No font: DOCUMENT_FONT_MISSING (HTTP 503),
 * naming where it was looked for.
 */
export function loadDocumentFont(settings: DocumentFontSettings): LoadedFont {
  const paths = settings.path ? [settings.path] : DEFAULT_FONT_PATHS;
  const found = paths.find((p) => existsSync(p));
  if (!found) {
    throw new AppError('DOCUMENT_FONT_MISSING', `No Chinese font for documents: looked for ${paths.join(', ')}; install fonts-wqy-zenhei or set DOCUMENT_FONT`, { paths });
  }
  const key = `${found}#${settings.family}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = readFileSync(found);
  const isCollection = data.subarray(0, 4).toString('latin1') === 'ttcf';
  const loaded: LoadedFont = {
    data,
    family: isCollection ? settings.family || null : null,
    candidates: isCollection && !settings.family ? COLLECTION_FAMILIES : [],
  };
  cache.set(key, loaded);
  return loaded;
}
