/**
 * The restricted Markdown of knowledge-base answers and notices: paragraphs, bullet and numbered
 * lists, **bold**, *italic* and [links](https://…). One parser for the server's public pages and the
 * web app, so both show the same thing and neither ever passes author text through as HTML.
 */

export type Inline = { kind: 'text'; text: string } | { kind: 'bold'; children: Inline[] } | { kind: 'italic'; children: Inline[] } | { kind: 'link'; href: string; children: Inline[] };
export type Block = { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** Link targets an answer may use: web pages, e-mail, telephone numbers. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[\d\s-]+)$/i.test(href);
}

/** The links of a text whose target is not allowed (for validation messages). */
export function unsafeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1]!).filter((href) => !isSafeHref(href));
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/s;

/** Inline marks of one line or paragraph. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (match.index > 0) {
      out.push({ kind: 'text', text: rest.slice(0, match.index) });
    }
    if (match[1] !== undefined) {
      out.push({ kind: 'bold', children: parseInline(match[1]) });
    } else if (match[2] !== undefined) {
      out.push({ kind: 'italic', children: parseInline(match[2]) });
    } else {
      const href = match[4]!;
      // An unsafe target keeps its words and loses its link.
      out.push(isSafeHref(href) ? { kind: 'link', href, children: parseInline(match[3]!) } : { kind: 'text', text: match[3]! });
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Blocks of a text: blank lines separate paragraphs; consecutive "- " or "1. " lines make a list. */
export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
    if (list) {
      blocks.push({ kind: 'list', ...list });
      list = null;
    }
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) {
        flush();
      }
      list ??= { ordered, items: [] };
      list.items.push(parseInline(item[1]!.trim()));
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) {
        flush();
      }
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return escapeHtml(node.text);
        case 'bold':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'italic':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'link':
          return `<a href="${escapeHtml(node.href)}" rel="noopener noreferrer">${inlineHtml(node.children)}</a>`;
      }
    })
    .join('');
}

/** HTML of a text (everything escaped, only the allowed marks become tags). */
export function markdownToHtml(markdown: string): string {
  return parseMarkdown(markdown)
    .map((block) =>
      block.kind === 'paragraph' ? `<p>${inlineHtml(block.children)}</p>` : `<${block.ordered ? 'ol' : 'ul'}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${block.ordered ? 'ol' : 'ul'}>`,
    )
    .join('\n');
}
