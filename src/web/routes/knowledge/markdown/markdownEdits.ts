/**
 * The editor toolbar's changes to a Markdown text: each takes the text and the selection and returns the new
 * text with the selection to keep, so the author goes on typing where they expect (pure, unit-tested).
 */

export interface Edited {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export type MarkdownEdit = 'bold' | 'italic' | 'link' | 'bullets' | 'numbers';

const LINK_PLACEHOLDER = 'https://';

/** Wraps the selection in `marker` (or inserts an empty pair with the caret between). */
function wrap(text: string, start: number, end: number, marker: string): Edited {
  const selected = text.slice(start, end);
  return {
    text: `${text.slice(0, start)}${marker}${selected}${marker}${text.slice(end)}`,
    selectionStart: start + marker.length,
    selectionEnd: end + marker.length,
  };
}

/** Makes the selection a link's words and selects the address for the author to type over. */
function link(text: string, start: number, end: number): Edited {
  const words = text.slice(start, end) || 'link';
  const before = `${text.slice(0, start)}[${words}](`;
  return {
    text: `${before}${LINK_PLACEHOLDER})${text.slice(end)}`,
    selectionStart: before.length,
    selectionEnd: before.length + LINK_PLACEHOLDER.length,
  };
}

/** Starts every line the selection touches with "- " or "1. ", "2. "…; lines already marked are left alone. */
function list(text: string, start: number, end: number, ordered: boolean): Edited {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', Math.max(end - (end > start ? 1 : 0), start));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const marked = lines.map((line, index) =>
    /^\s*([-*]|\d+[.)])\s+/.test(line) ? line : `${ordered ? `${index + 1}.` : '-'} ${line}`,
  );
  const replaced = marked.join('\n');
  return {
    text: `${text.slice(0, lineStart)}${replaced}${text.slice(lineEnd)}`,
    selectionStart: lineStart + replaced.length,
    selectionEnd: lineStart + replaced.length,
  };
}

/** Applies one toolbar action to the text and its selection. */
export function applyMarkdownEdit(edit: MarkdownEdit, text: string, start: number, end: number): Edited {
  switch (edit) {
    case 'bold':
      return wrap(text, start, end, '**');
    case 'italic':
      return wrap(text, start, end, '*');
    case 'link':
      return link(text, start, end);
    case 'bullets':
      return list(text, start, end, false);
    case 'numbers':
      return list(text, start, end, true);
  }
}

/** The toolbar action of a keyboard shortcut (Ctrl/⌘ + B, I, K), if any. */
export function shortcutEdit(key: string): MarkdownEdit | null {
  switch (key.toLowerCase()) {
    case 'b':
      return 'bold';
    case 'i':
      return 'italic';
    case 'k':
      return 'link';
    default:
      return null;
  }
}
