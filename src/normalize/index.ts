/**
 * Normalize: a list of small named stages, run in order (conventions §7.7). Each takes a VDoc and
 * returns a new one whose text keeps the origin of every character.
 */
import type { VDoc } from '../document/vdoc.js';
import { composeNfc, dropMarkupArtefacts, fixCharacters, trimLineEnds, unifyNewlines } from './characters.js';
import { moveFootnotes } from './footnotes.js';
import { splitRunTogether } from './run-together.js';
import { unbreakLines } from './unbreak-lines.js';

export interface Stage {
  name: string;
  run: (doc: VDoc) => VDoc;
}

export const NORMALIZE_STAGES: readonly Stage[] = [
  { name: 'unify newlines', run: unifyNewlines },
  { name: 'compose NFC', run: composeNfc },
  { name: 'fix look-alike and invisible characters', run: fixCharacters },
  { name: 'drop markup artefacts', run: dropMarkupArtefacts },
  { name: 'trim line ends', run: trimLineEnds },
  { name: 'move footnotes out of the body', run: moveFootnotes },
  { name: 'split run-together lines', run: (doc) => splitRunTogether(doc) },
  { name: 'unbreak lines', run: unbreakLines },
];

export function normalize(doc: VDoc, stages: readonly Stage[] = NORMALIZE_STAGES): VDoc {
  return stages.reduce((d, s) => s.run(d), doc);
}
