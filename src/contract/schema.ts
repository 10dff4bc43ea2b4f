/**
 * Extraction contract, version 1 (see README "Contract"). The fields of ../shared/spec are kept
 * exactly; the project adds optional fields (loc, relation, pinpoint, baselines, regions,
 * footnotes, …) that a consumer may ignore.
 */
import { z } from 'zod';

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** Where a span came from in the source file (1-based line/column; page for PDFs). */
export const Loc = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  page: z.number().int().positive().optional(),
});
export type Loc = z.infer<typeof Loc>;

export const SectionKind = z.enum(['purpose', 'goals', 'status', 'tasks', 'organization', 'funding', 'other']);
export type SectionKind = z.infer<typeof SectionKind>;

export const Level = z.enum(['province', 'district', 'commune', 'ministry', 'central']);
export type Level = z.infer<typeof Level>;

export const Format = z.enum(['txt', 'md', 'pdf', 'docx']);
export type Format = z.infer<typeof Format>;

export const DocumentMeta = z.object({
  type: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  province: z.string().nullable(),
  level: Level.nullable(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  signer: z.string().nullable(),
  /** extra: the parent body named above the issuer ("UBND HUYỆN AN LÃO"). */
  parentBody: z.string().nullable().optional(),
  /** extra: the document this one is attached to ("Kèm theo Quyết định số …"). */
  attachedTo: z.string().nullable().optional(),
  /** extra: signing authority line(s) ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
  signerTitle: z.string().nullable().optional(),
  /** extra: addressees of a Công văn ("Kính gửi: …"). */
  recipients: z.array(z.string()).optional(),
  /** extra: the citation key the document would have when cited by others. */
  key: z.string().nullable().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Section = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.number().int().positive(),
  label: z.string(),
  heading: z.string(),
  kind: SectionKind,
  span: Span,
  loc: Loc.optional(),
});
export type Section = z.infer<typeof Section>;

export const Comparator = z.enum(['>=', '>', '=', '<=', '<', 'increase_by', 'decrease_by', 'maintain']);
export type Comparator = z.infer<typeof Comparator>;

export const Target = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.enum(['percent', 'count', 'ratio']),
  per: z.string().nullable(),
  comparator: Comparator,
  year: z.number().int().nullable(),
  subject: z.string(),
  indicator: z.string().nullable(),
  sectionId: z.string().nullable(),
  span: Span,
  loc: Loc.optional(),
  /** extra: the indicator cue that matched, so a reader sees why. */
  indicatorCue: z.string().nullable().optional(),
  /** extra: where the year came from: clause, heading, lead-in, period, recurring. */
  yearSource: z.string().optional(),
  /** extra: total for "17/17 xã". */
  of: z.number().nullable().optional(),
});
export type Target = z.infer<typeof Target>;

export const Mention = z.object({
  span: Span,
  text: z.string(),
  loc: Loc.optional(),
  /** extra: "Điều 7", "khoản 2 Điều 7" … */
  pinpoint: z.string().nullable().optional(),
  /** extra: basis | implements | amends | replaces | refers */
  relation: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Citation = z.object({
  key: z.string(),
  type: z.string().nullable(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  mentions: z.array(Mention),
  /** extra: the strongest relation of the citing document to this one. */
  relation: z.enum(['basis', 'implements', 'amends', 'replaces', 'refers']).optional(),
  /** extra: nicknames declared in the text ("Chương trình 1609"). */
  aliases: z.array(z.string()).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Role = z.enum(['lead', 'coordinate', 'implement', 'requested']);
export type Role = z.infer<typeof Role>;

export const Responsibility = z.object({
  agency: z.string(),
  role: Role,
  duties: z.array(z.string()),
  sectionId: z.string().nullable(),
  loc: Loc.optional(),
  span: Span.optional(),
  /** extra: the name as written. */
  asWritten: z.string().optional(),
  /** extra: locality dropped from the canonical name ("tỉnh Lai Châu"). */
  locality: z.string().nullable().optional(),
  /** extra: agencies named inside the duties. */
  partners: z.array(z.string()).optional(),
});
export type Responsibility = z.infer<typeof Responsibility>;

export const Task = z.object({
  number: z.string().nullable(),
  text: z.string(),
  lead: z.array(z.string()),
  coordinate: z.array(z.string()),
  deadline: z.string().nullable(),
  products: z.array(z.string()),
  span: Span.optional(),
  loc: Loc.optional(),
});
export type Task = z.infer<typeof Task>;

export const Region = z.object({
  kind: z.enum(['header', 'preamble', 'body', 'recipients', 'signature', 'footnotes']),
  span: Span,
});

export const Footnote = z.object({ marker: z.string(), text: z.string(), span: Span, loc: Loc.optional() });

export const Extraction = z.object({
  schemaVersion: z.literal(1),
  source: z.object({ path: z.string(), sha256: z.string(), format: Format }),
  text: z.string(),
  document: DocumentMeta,
  sections: z.array(Section),
  targets: z.array(Target),
  citations: z.array(Citation),
  responsibilities: z.array(Responsibility),
  tasks: z.array(Task),
  warnings: z.array(z.string()),
  /** extra: present-state figures (same shape as targets), kept apart from targets. */
  baselines: z.array(Target).optional(),
  regions: z.array(Region).optional(),
  footnotes: z.array(Footnote).optional(),
});
export type Extraction = z.infer<typeof Extraction>;

export function contractJsonSchema(): unknown {
  return z.toJSONSchema(Extraction, { target: 'draft-2020-12' });
}
