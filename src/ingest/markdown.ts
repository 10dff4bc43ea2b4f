/**
 * Markdown → the same line-oriented text a .txt document gives, through unified + remark-parse
 * (+ remark-gfm for tables). Headings lose their `#`, list items keep their own marker ("- ",
 * "1. ", "a) "), emphasis markers go, tables are kept as their source lines (`| a | b |`) for the
 * table parsers. Every character keeps its origin in the Markdown source.
 */
import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { identity, MappedTextBuilder, type MappedText } from '../document/mapped-text.js';

const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownToText(source: string): MappedText {
  const tree = parser.parse(source) as Root;
  const b = new MappedTextBuilder(identity(source));
  const out = new Emitter(source, b);
  for (const node of tree.children) out.block(node);
  return b.build();
}

class Emitter {
  private first = true;
  constructor(
    private readonly src: string,
    private readonly b: MappedTextBuilder,
  ) {}

  private newline(at: number): void {
    if (!this.first) this.b.insert(at, '\n');
  }

  /** Writes source[start,end) as `value`, one-to-one when they agree. */
  private write(start: number, end: number, value: string): void {
    if (!value) return;
    if (this.src.slice(start, end) === value) this.b.keep(start, end);
    else this.b.replace(start, end, value);
    this.first = false;
  }

  block(node: RootContent): void {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        this.newline(start);
        for (const c of node.children) this.inline(c);
        return;
      case 'list': {
        for (const item of node.children) {
          const s = item.position?.start.offset ?? start;
          const firstChild = item.children[0];
          const contentStart = firstChild?.position?.start.offset ?? s;
          this.newline(s);
          // the item's own marker as written ("- ", "+ ", "1. ", "2) ")
          const marker = this.src.slice(s, contentStart).replace(/\s+$/, ' ');
          this.write(s, s + marker.length, marker);
          item.children.forEach((child, i) => {
            if (i === 0 && (child.type === 'paragraph' || child.type === 'heading')) {
              for (const c of child.children) this.inline(c);
            } else this.block(child);
          });
        }
        return;
      }
      case 'blockquote':
        for (const c of node.children) this.block(c);
        return;
      case 'table':
      case 'code':
      case 'html':
        this.newline(start);
        this.write(start, end, this.src.slice(start, end));
        return;
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        if (node.type === 'footnoteDefinition') {
          this.newline(start);
          this.write(start, end, this.src.slice(start, end));
        }
        return;
      default:
        return;
    }
  }

  private inline(node: PhrasingContent | Nodes): void {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        this.write(start, end, node.value);
        return;
      case 'break':
        this.write(start, end, '\n');
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (const c of node.children) this.inline(c);
        return;
      case 'footnoteReference':
      case 'html':
        this.write(start, end, this.src.slice(start, end));
        return;
      default:
        return;
    }
  }
}
