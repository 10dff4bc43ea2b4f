/** A cell of a text table; null shows as "-". */
export type Cell = string | number | null;

/** A plain text table: columns padded by string length (NFC Vietnamese is one code unit per letter). */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c === null ? '-' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
