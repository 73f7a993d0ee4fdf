/**
 * An answer or a notice in the restricted Markdown, drawn as React elements from the shared parser's blocks
 * (never as HTML from the author's text), so the app shows exactly what the public pages show.
 */
import { Anchor, Typography } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../../../../common/markdown';
import { Ltr } from '../../../components/Ltr';

function Inlines({ nodes, plainLinks }: { nodes: readonly Inline[]; plainLinks: boolean }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'bold':
        return (
          <strong key={index}>
            <Inlines nodes={node.children} plainLinks={plainLinks} />
          </strong>
        );
      case 'italic':
        return (
          <em key={index}>
            <Inlines nodes={node.children} plainLinks={plainLinks} />
          </em>
        );
      case 'link':
        // A kiosk must not leave its own pages: the address is shown for the reader to note instead.
        return plainLinks ? (
          <span key={index}>
            <strong>
              <Inlines nodes={node.children} plainLinks={plainLinks} />
            </strong>{' '}
            (<Ltr>{node.href.replace(/^(mailto|tel):/, '')}</Ltr>)
          </span>
        ) : (
          <Anchor key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            <Inlines nodes={node.children} plainLinks={plainLinks} />
          </Anchor>
        );
    }
  });
}

/** The text drawn as paragraphs and lists; `lang` and `dir` are the text's own (not the interface's). */
export function Markdown({
  source,
  lang,
  dir,
  plainLinks = false,
  fz,
}: {
  source: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Links as their words and address, not as links (kiosks). */
  plainLinks?: boolean;
  fz?: string;
}) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <Typography lang={lang} dir={dir} fz={fz}>
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={index}>
              <Inlines nodes={block.children} plainLinks={plainLinks} />
            </p>
          );
        }
        const items = block.items.map((item, itemIndex) => (
          <li key={itemIndex}>
            <Inlines nodes={item} plainLinks={plainLinks} />
          </li>
        ));
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      })}
    </Typography>
  );
}
