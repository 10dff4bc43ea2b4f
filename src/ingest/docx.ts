/**
 * DOCX → text through mammoth's HTML (not its raw text, which flattens tables). Paragraphs and
 * headings become lines; list items keep a marker (numbered lists get their number back from
 * their position, since mammoth drops Word's automatic numbering text); tables become the
 * tab-led cell layout a flattened Word table leaves in text (each cell starts with a TAB on a new
 * line, rows separated by a blank line), so one table reader serves both.
 */
import { IngestError } from './errors.js';

/** Refuse archives whose content would unpack to more than this (zip bombs). */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;

export interface DocxText {
  source: string;
  messages: string[];
  tables: number;
}

export async function readDocx(bytes: Uint8Array, maxUnpacked = MAX_DOCX_UNPACKED): Promise<DocxText> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === null) throw new IngestError('not a DOCX file (it is not a ZIP archive)');
  if (unpacked > maxUnpacked) throw new IngestError(`DOCX unpacks to ${unpacked} bytes, over the limit of ${maxUnpacked} (refused as a possible zip bomb)`);
  let html: string;
  let messages: string[];
  try {
    const { default: mammoth } = await import('mammoth'); // loaded on first use
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = r.value;
    messages = r.messages.filter((m) => m.type === 'error').map((m) => m.message);
  } catch (err) {
    throw new IngestError(`not a readable DOCX file (${(err as Error).message.split('\n')[0]})`);
  }
  const { text, tables } = htmlToText(html);
  return { source: text, messages, tables };
}

/** Sum of the uncompressed sizes in a ZIP's central directory, or null when it is not a ZIP. */
export function zipUnpackedSize(b: Uint8Array): number | null {
  if (b.length < 22 || b[0] !== 0x50 || b[1] !== 0x4b) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    total += view.getUint32(p + 24, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return total;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Turns mammoth's simple, well-formed HTML into lines (see the file comment). */
export function htmlToText(html: string): { text: string; tables: number } {
  const out: string[] = [];
  let line = '';
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let cellDepth = 0;
  let firstParaInCell = false;
  let tables = 0;
  const flush = () => {
    const t = line.replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).replace(/ +$/, '');
    if (t.trim() || (cellDepth && t === '\t')) out.push(t);
    line = '';
  };
  const re = /<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== undefined) { line += decodeEntities(m[4]).replace(/\s+/g, ' '); continue; }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    switch (tag) {
      case 'p': case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (!closing) {
          flush();
          if (cellDepth && firstParaInCell) { line = '\t'; firstParaInCell = false; }
        } else flush();
        break;
      case 'br':
        flush();
        break;
      case 'ul': case 'ol':
        if (!closing) lists.push({ ordered: tag === 'ol', n: 0 }); else lists.pop();
        break;
      case 'li':
        if (!closing) {
          flush();
          const l = lists[lists.length - 1];
          if (l) { l.n++; line = l.ordered ? `${l.n}. ` : '- '; }
        } else flush();
        break;
      case 'table':
        if (!closing) { flush(); tables++; } else { flush(); out.push(''); }
        break;
      case 'tr':
        flush();
        if (!closing) out.push('');
        break;
      case 'td': case 'th':
        if (!closing) { flush(); cellDepth++; firstParaInCell = true; line = ''; }
        else {
          if (firstParaInCell) { line = '\t' + line.trim(); firstParaInCell = false; } // cell without paragraphs
          flush();
          cellDepth--;
        }
        break;
      default:
        break; // inline tags (strong, em, a, sup, sub, span) carry no layout
    }
  }
  flush();
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n', tables };
}
