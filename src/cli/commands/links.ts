/**
 * Citation links across the stored documents: who cites a document (`cites`), what a document
 * cites and whether the cited documents are stored (`refs`), and the citation audit (`audit`).
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Span } from '../../contract/schema.js';
import type { AuditOccurrence } from '../../extract/citations/audit.js';
import { dateRange, datesDisagree, datesIn } from '../../extract/citations/dates.js';
import { foldSameLength } from '../../extract/citations/fold.js';
import { auditCitations, loadCitationRules, normalizeCitationKey, type AuditDoc, type AuditFinding } from '../../extract/citations/index.js';
import type { CitationSource, CitingMention, DocRef, DocumentSummary, Store } from '../../store/index.js';
import { keyParts, nameForm } from '../../store/links.js';
import { displayPathOf } from '../inputs.js';
import type { Context } from '../io.js';
import { chosenFormat, queryOptions, writeReport, type ReportOptions } from '../report.js';
import { formatTable } from '../table.js';
import { withStore } from './database.js';

/** "2458/QĐ-UBND (000_ab)", or the stem alone. */
export const docLabel = (d: DocRef): string => (d.symbol ? `${d.symbol} (${d.stem})` : d.stem);

/**
 * The one stored document a user reference names (id, stem, path or symbol). None or several:
 * says so on stderr, marks the command failed and returns null.
 */
export async function resolveOne(ctx: Context, store: Store, ref: string): Promise<DocumentSummary | null> {
  const found = await store.resolve(existsSync(ref) ? displayPathOf(ref) : ref);
  if (found.length === 1) return found[0]!;
  ctx.failed = true;
  if (!found.length) ctx.io.err(`no stored document matches "${ref}"\n`);
  else {
    ctx.io.err(`"${ref}" matches ${found.length} documents; name one by id or stem:\n`);
    ctx.io.err(formatTable(['id', 'stem', 'symbol', 'issuer', 'date'], found.map((d) => [d.id, d.stem, d.symbol, d.issuer, d.date])));
  }
  return null;
}

export interface CitedQuery {
  /** the keys the query was read as (several: an ambiguous nickname) */
  keys: string[];
  via: 'key' | 'nickname';
  mentions: CitingMention[];
}

/**
 * Reads what the user typed as a citation key ("1609/QĐ-TTg", "1609 / QÐ-TTg|2022", "Luật giáo
 * dục năm 2019"), else as a nickname: one declared by the stored documents or known to
 * rules/registry.yaml ("Chương trình 1609"). A nickname that stands for several documents is not
 * guessed: the keys are returned without mentions.
 */
export async function findCiting(store: Store, query: string): Promise<CitedQuery> {
  const key = normalizeCitationKey(query);
  const mentions = await store.citing(key);
  if (mentions.length) return { keys: [key], via: 'key', mentions };
  const form = nameForm(query);
  const candidates = [
    ...loadCitationRules().registry.entries.filter((e) => (e.aliases ?? []).some((a) => nameForm(a) === form)).map((e) => e.key),
    ...(await store.aliasKeys(query)).map((k) => k.key),
  ];
  // one key per document, however the registry and the citing documents spell it
  const seen = new Set<string>();
  const keys = candidates.filter((k) => {
    const p = keyParts(k);
    const id = `${p.base}|${p.year}`;
    return !seen.has(id) && !!seen.add(id);
  });
  if (keys.length !== 1) return keys.length ? { keys, via: 'nickname', mentions: [] } : { keys: [key], via: 'key', mentions: [] };
  return { keys, via: 'nickname', mentions: await store.citing(keys[0]!) };
}

/** "corpus/x.txt:12", or the path alone when the line is unknown (0). */
const where = (path: string, line: number): string => (line ? `${path}:${line}` : path);

function registerCites(program: Command, ctx: Context): void {
  queryOptions(
    program
      .command('cites')
      .description('every stored document that cites a document, with relation, mention, pinpoint and location')
      .argument('<key...>', 'a citation key or symbol ("1609/QĐ-TTg", "1609/QĐ-TTg|2022", "Luật Giáo dục|2019") or a nickname ("Chương trình 1609")'),
  )
    .addHelpText('after', '\nCase, spaces, Ð/Đ and issuer spellings (TƯ/TW, Bộ GD&ĐT) do not matter; a key without |year matches every year.')
    .action(async (words: string[], opts: ReportOptions, cmd: Command) => {
      const format = chosenFormat(opts, cmd);
      const query = words.join(' ');
      await withStore(opts.db, true, async (store) => {
        const found = await findCiting(store, query);
        if (found.keys.length > 1) {
          ctx.failed = true;
          ctx.io.err(`"${query}" is a nickname of several documents; give one key:\n${found.keys.map((k) => `  ${k}\n`).join('')}`);
          return;
        }
        const rows = found.mentions.map((m) => ({
          document: m.doc.stem,
          docId: m.doc.id,
          symbol: m.doc.symbol,
          date: m.doc.date,
          key: m.key,
          issuer: m.issuer,
          match: m.match,
          relation: m.relation,
          pinpoint: m.pinpoint,
          mention: m.text,
          file: m.doc.path,
          line: m.loc?.line ?? null,
          column: m.loc?.column ?? null,
        }));
        if (format === 'table' && !opts.out && rows.length) {
          const stored = await store.documentsByKey(found.keys[0]!);
          const docs = new Set(rows.map((r) => r.docId)).size;
          const read = found.via === 'nickname' ? ` ("${query}")` : '';
          const here = stored.length ? `stored as ${stored.map(docLabel).join(', ')}` : 'not stored';
          ctx.io.out(`${found.keys[0]}${read}: ${rows.length} mention${rows.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}; ${here}\n`);
        }
        await writeReport(
          ctx,
          {
            title: `cites ${found.keys[0]}`,
            columns: [
              { key: 'document', header: 'document' },
              { key: 'symbol', header: 'symbol' },
              { key: 'date', header: 'date' },
              { key: 'key', header: 'key as cited' },
              { key: 'issuer', header: 'issuer as cited', table: false },
              { key: 'match', header: 'match', table: false },
              { key: 'relation', header: 'relation' },
              { key: 'pinpoint', header: 'pinpoint' },
              { key: 'mention', header: 'mention', max: 70 },
              { key: 'file', header: 'file' },
              { key: 'line', header: 'line' },
              { key: 'column', header: 'column', table: false },
            ],
            rows,
          },
          format,
          { out: opts.out, empty: `no stored document cites ${query}` },
        );
      });
    });
}

function registerRefs(program: Command, ctx: Context): void {
  queryOptions(
    program
      .command('refs')
      .description('what a stored document cites, each citation linked to the stored document it names or marked external')
      .argument('<doc>', 'document id, file stem, path or symbol'),
  ).action(async (ref: string, opts: ReportOptions, cmd: Command) => {
    const format = chosenFormat(opts, cmd);
    await withStore(opts.db, true, async (store) => {
      const doc = await resolveOne(ctx, store, ref);
      if (!doc) return;
      const rows = (await store.references(doc.id)).map((r) => ({
        key: r.key,
        type: r.type,
        symbol: r.symbol,
        date: r.date,
        relation: r.relation,
        mentions: r.mentions,
        line: r.loc?.line ?? null,
        status: r.linked.length ? 'linked' : 'external',
        linked: r.linked.map((d) => d.stem),
        linkedIds: r.linked.map((d) => d.id),
        title: r.title,
      }));
      await writeReport(
        ctx,
        {
          title: `refs ${doc.stem}`,
          columns: [
            { key: 'key', header: 'key' },
            { key: 'type', header: 'type' },
            { key: 'date', header: 'date' },
            { key: 'relation', header: 'relation' },
            { key: 'mentions', header: 'mentions' },
            { key: 'line', header: 'first line' },
            { key: 'status', header: 'status' },
            { key: 'linked', header: 'stored as' },
            { key: 'linkedIds', header: 'stored ids', table: false },
            { key: 'symbol', header: 'symbol', table: false },
            { key: 'title', header: 'title', max: 50 },
          ],
          rows,
        },
        format,
        { out: opts.out, empty: `${doc.stem} cites nothing that was extracted` },
      );
    });
  });
}

interface Finding {
  kind: string;
  key: string;
  message: string;
  occurrences: AuditOccurrence[];
  expected?: string;
}

/**
 * What only the database knows: the cited document itself, when it is stored (`docs` are the
 * sources as auditDoc reads them, in the same order). A citing document
 * dated before the stored document it cites, and a mention whose date is not the stored document's
 * own (its header is the best evidence of its date). Findings the registry audit already made are
 * not repeated.
 */
export function linkFindings(sources: readonly CitationSource[], docs: readonly AuditDoc[], audit: readonly AuditFinding[]): Finding[] {
  const seen = new Set(audit.flatMap((f) => f.occurrences.map((o) => `${f.kind}|${o.path}|${o.line}|${f.key}`)));
  const out: Finding[] = [];
  sources.forEach((s, d) => {
    const doc = docs[d]!;
    doc.citations.forEach((c, i) => {
      const occurrences = c.mentions.map(
        (m): AuditOccurrence => ({ docId: doc.id, path: doc.path, line: doc.lineOf(m.span), date: datesIn(foldSameLength(m.text))[0]?.iso ?? null, text: m.text.replace(/\s+/g, ' ') }),
      );
      for (const target of s.linked[i] ?? []) {
        if (!target.date) continue;
        const stored = `${docLabel(target)} dated ${target.date}`;
        const early = s.document.date !== null && dateRange(s.document.date)[1] < dateRange(target.date)[0];
        const before = occurrences.filter((o) => !seen.has(`cited-before-issued|${o.path}|${o.line}|${c.key}`));
        if (early && before.length) {
          out.push({ kind: 'cited-before-issued', key: c.key, message: `${s.doc.path} (dated ${s.document.date}) cites ${c.key}, stored as ${stored}`, occurrences: before });
        }
        const wrong = occurrences.filter((o) => o.date && datesDisagree(o.date, target.date!) && !seen.has(`registry-date|${o.path}|${o.line}|${c.key}`));
        if (wrong.length) {
          out.push({
            kind: 'stored-date',
            key: c.key,
            message: `${c.key} is stored as ${stored}, but ${wrong.map((o) => `${where(o.path, o.line)} (${o.date})`).join('; ')}`,
            occurrences: wrong,
            expected: target.date,
          });
        }
      }
    });
  });
  return out;
}

/** A stored document as the audit reads it; keys normalized, in case they were stored in another spelling. */
function auditDoc(s: CitationSource): AuditDoc {
  const lines = new Map<string, number>();
  for (const c of s.citations) for (const m of c.mentions) if (m.loc) lines.set(`${m.span[0]}:${m.span[1]}`, m.loc.line);
  return {
    id: s.doc.stem,
    path: s.doc.path,
    document: s.document,
    citations: s.citations.map((c) => ({ ...c, key: normalizeCitationKey(c.key) })),
    // 0 when the line is unknown (a mention stored without a location and no line map)
    lineOf: (span: Span) => lines.get(`${span[0]}:${span[1]}`) ?? 0,
  };
}

function registerAudit(program: Command, ctx: Context): void {
  queryOptions(
    program
      .command('audit')
      .description(
        'check the citations of all stored documents: one document cited with different dates, cited before it was issued, symbols missing their year, undeclared nicknames, dates against the registry and against stored documents',
      ),
  )
    .addHelpText('after', '\nFindings are data: the exit code is 0 with findings and non-zero only on errors.')
    .action(async (opts: ReportOptions, cmd: Command) => {
      const format = chosenFormat(opts, cmd);
      await withStore(opts.db, true, async (store) => {
        const sources = await store.citationSources();
        const docs = sources.map(auditDoc);
        const audit = auditCitations(docs);
        const findings: Finding[] = [...audit, ...linkFindings(sources, docs, audit)];
        const rows = findings.map((f) => ({
          kind: f.kind,
          key: f.key,
          where: f.occurrences.map((o) => where(o.path, o.line)),
          message: f.message,
          expected: f.expected ?? null,
          occurrences: f.occurrences,
        }));
        await writeReport(
          ctx,
          {
            title: 'audit',
            columns: [
              { key: 'kind', header: 'kind' },
              { key: 'key', header: 'key' },
              { key: 'where', header: 'where' },
              { key: 'expected', header: 'expected' },
              { key: 'message', header: 'message', max: 100 },
            ],
            rows,
          },
          format,
          { out: opts.out, empty: `no findings in ${sources.length} document${sources.length === 1 ? '' : 's'}` },
        );
      });
    });
}

export function registerLinks(program: Command, ctx: Context): void {
  registerCites(program, ctx);
  registerRefs(program, ctx);
  registerAudit(program, ctx);
}
