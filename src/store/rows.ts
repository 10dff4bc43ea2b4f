/** Reading stored rows back into contract shapes; shared by the store and its queries. */
import type { Citation, DocumentMeta, Loc, Mention, Span } from '../contract/schema.js';

export type Row = Record<string, unknown>;
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function locOf(row: Row): Loc | undefined {
  if (row.line === null || row.line === undefined) return undefined;
  const loc: Loc = { line: Number(row.line), column: Number(row.col), endLine: Number(row.end_line), endColumn: Number(row.end_col) };
  if (row.page !== null && row.page !== undefined) loc.page = Number(row.page);
  return loc;
}

export const spanOf = (row: Row): Span | undefined =>
  row.span_start === null || row.span_start === undefined ? undefined : [Number(row.span_start), Number(row.span_end)];

/** Sets optional fields only when the column holds a value, then merges the `extra` JSON. */
export function withOptional<T extends object>(base: T, optional: Record<string, unknown>, extra: unknown): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== null && v !== undefined) out[k] = v;
  if (typeof extra === 'string') Object.assign(out, JSON.parse(extra));
  return out as T;
}

export const parseJson = <T>(v: unknown): T | undefined => (typeof v === 'string' ? (JSON.parse(v) as T) : undefined);

export function metaOf(row: Row, extra: Record<string, unknown>): DocumentMeta {
  const meta: DocumentMeta = {
    type: str(row.type),
    number: str(row.number),
    symbol: str(row.symbol),
    issuer: str(row.issuer),
    province: str(row.province),
    level: str(row.level) as DocumentMeta['level'],
    place: str(row.place),
    date: str(row.date),
    title: str(row.title),
    period: row.period_from === null ? null : { from: Number(row.period_from), to: Number(row.period_to) },
    signer: str(row.signer),
  };
  return withOptional(
    meta,
    {
      parentBody: row.parent_body,
      attachedTo: row.attached_to,
      signerTitle: row.signer_title,
      recipients: parseJson(row.recipients),
      key: row.key,
    },
    extra.document === undefined ? undefined : JSON.stringify(extra.document),
  );
}

/** Citations with their mentions, from rows of `citations` and `citation_mentions` (ordered by citation, then mention). */
export function citationsOf(citationRows: readonly Row[], mentionRows: readonly Row[]): Citation[] {
  const mentions = new Map<number, Mention[]>();
  for (const row of mentionRows) {
    const list = mentions.get(Number(row.citation_id)) ?? [];
    list.push(
      withOptional<Mention>(
        { span: spanOf(row)!, text: String(row.text) },
        { loc: locOf(row), pinpoint: row.pinpoint, relation: row.relation },
        row.extra,
      ),
    );
    mentions.set(Number(row.citation_id), list);
  }
  return citationRows.map((row) =>
    withOptional<Citation>(
      {
        key: String(row.key),
        type: str(row.type),
        number: str(row.number),
        year: num(row.year),
        symbol: str(row.symbol),
        issuer: str(row.issuer),
        date: str(row.date),
        title: str(row.title),
        mentions: mentions.get(Number(row.id)) ?? [],
      },
      { relation: row.relation, aliases: parseJson(row.aliases) },
      row.extra,
    ),
  );
}
