/**
 * The pipeline, as a list of named stages:
 *   ingest → normalize → segment → extract → resolve
 * `analyzeFile` runs it on one file; `extractFile` returns just the contract JSON. Storing is the
 * caller's business (src/store).
 */
import path from 'node:path';
import type { Extraction, Span } from './contract/schema.js';
import { locate, type VDoc } from './document/vdoc.js';
import type { ExtractInput } from './extract/types.js';
import { IngestError, ingestFile } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { loadDocumentTypes } from './rules/document-types.js';
import { DEFAULT_RULES_DIR } from './rules/load.js';
import { loadPlaces } from './rules/places.js';
import { loadSectionKinds } from './rules/section-kinds.js';
import { segment, type SegmentRules } from './segment/index.js';
import { documentKey, extractCitations } from './extract/citations/index.js';
import { loadCitationRules, type CitationRules } from './extract/citations/rules.js';
import { extractTargets, loadTargetExtractorRules, type TargetExtractorRules } from './extract/targets/index.js';
import { extractTaskRows, loadTaskRules, type TaskRules } from './extract/tasks/index.js';
import { extractResponsibilities, loadResponsibilityRules, type ResponsibilityRules } from './extract/responsibilities/index.js';

export interface PipelineOptions {
  /** path recorded in source.path (defaults to the path given, made relative to cwd) */
  displayPath?: string;
  /** rules folder (defaults to the project's rules/) */
  rulesDir?: string;
  /** OCR PDF pages that have no text layer (scans); default true */
  ocr?: boolean;
}

/** Thrown for input that cannot be processed; `file` and `reason` are shown to the user. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface Analysis {
  doc: VDoc;
  input: ExtractInput;
  extraction: Extraction;
}

export interface Rules {
  segment: SegmentRules;
  citations: CitationRules;
  targets: TargetExtractorRules;
  tasks: TaskRules;
  responsibilities: ResponsibilityRules;
}

const rulesCache = new Map<string, Rules>();

/** Loads (once per folder) and validates every rule file the pipeline uses. */
export function loadRules(dir = DEFAULT_RULES_DIR): Rules {
  let r = rulesCache.get(dir);
  if (!r) {
    r = {
      segment: { types: loadDocumentTypes(dir), places: loadPlaces(dir), kinds: loadSectionKinds(dir) },
      citations: loadCitationRules(dir),
      targets: loadTargetExtractorRules(dir),
      tasks: loadTaskRules(dir),
      responsibilities: loadResponsibilityRules(dir),
    };
    rulesCache.set(dir, r);
  }
  return r;
}

export async function analyzeFile(file: string, opts: PipelineOptions = {}): Promise<Analysis> {
  const displayPath = opts.displayPath ?? path.relative(process.cwd(), file).split(path.sep).join('/');
  let doc: VDoc;
  try {
    doc = await ingestFile(file, displayPath, { ocr: opts.ocr ?? true });
  } catch (err) {
    if (err instanceof IngestError) throw new InputError(displayPath, err.message);
    throw err;
  }
  return analyzeDoc(doc, loadRules(opts.rulesDir));
}

/** Runs everything after ingest on a VDoc (used for text that did not come from a file too). */
export function analyzeDoc(ingested: VDoc, rules: Rules): Analysis {
  const doc = normalize(ingested);
  const seg = segment(doc, rules.segment);
  const text = doc.mapped.text;
  const document = { ...seg.document, key: documentKey(seg.document, rules.citations) };
  const input: ExtractInput = { text, document, sections: seg.sections, regions: seg.regions, footnotes: seg.footnotes };
  const citations = extractCitations(input, rules.citations);
  const targets = extractTargets(input, rules.targets);
  const taskRows = extractTaskRows(input, rules.tasks);
  const responsibilities = extractResponsibilities(input, rules.responsibilities, taskRows);
  const loc = (span: Span) => locate(doc, span);
  const warnings = doc.messages.map((m) => `${m.stage}: ${m.reason}`);
  if (!seg.sections.length) warnings.push('segment: no numbered sections found');
  if (!seg.document.type) warnings.push('segment: document type not found in the header');
  const extraction: Extraction = {
    schemaVersion: 1,
    source: { path: doc.path, sha256: doc.sha256, format: doc.format },
    text,
    document,
    sections: seg.sections.map((s) => ({ ...s, loc: loc(s.span) })),
    targets: targets.targets.map((t) => ({ ...t, loc: loc(t.span) })),
    citations: citations.map((c) => ({ ...c, mentions: c.mentions.map((m) => ({ ...m, loc: loc(m.span) })) })),
    responsibilities: responsibilities.map((r) => (r.span ? { ...r, loc: loc(r.span) } : r)),
    tasks: taskRows.map((r) => (r.task.span ? { ...r.task, loc: loc(r.task.span) } : r.task)),
    warnings,
    baselines: targets.baselines.map((t) => ({ ...t, loc: loc(t.span) })),
    regions: seg.regions,
    footnotes: seg.footnotes.map((f) => ({ marker: f.marker, text: f.text, span: f.span, loc: loc(f.span) })),
  };
  return { doc, input, extraction };
}

export async function extractFile(file: string, opts: PipelineOptions = {}): Promise<Extraction> {
  return (await analyzeFile(file, opts)).extraction;
}
