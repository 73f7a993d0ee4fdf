/**
 * A Markdown text area with a small toolbar (bold, italic, link, lists; also Ctrl+B, Ctrl+I, Ctrl+K) and a
 * live preview drawn by the same parser as the public pages. Links the server would refuse are named at once.
 */
import { ActionIcon, Group, Paper, SimpleGrid, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unsafeLinks } from '../../../../common/markdown';
import { Markdown } from './Markdown';
import { applyMarkdownEdit, shortcutEdit, type MarkdownEdit } from './markdownEdits';

// Glyphs from the text font (no icon font or emoji needed): B, I, an underlined "a" as links look, • and 1.
const TOOLS: { edit: MarkdownEdit; glyph: ReactNode; shortcut?: string }[] = [
  { edit: 'bold', glyph: <b>B</b>, shortcut: 'Ctrl+B' },
  { edit: 'italic', glyph: <i>I</i>, shortcut: 'Ctrl+I' },
  { edit: 'link', glyph: <u>a</u>, shortcut: 'Ctrl+K' },
  { edit: 'bullets', glyph: '•' },
  { edit: 'numbers', glyph: '1.' },
];

/** The editor; `lang`/`dir` are the text's language and direction (an RTL language is typed right-to-left). */
export function MarkdownEditor({
  label,
  value,
  onChange,
  lang,
  dir,
  error,
  required,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  lang: string;
  dir: 'ltr' | 'rtl';
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const previewId = `${id}-preview`;
  const apply = (edit: MarkdownEdit) => {
    const element = area.current;
    if (!element) {
      return;
    }
    const edited = applyMarkdownEdit(edit, value, element.selectionStart, element.selectionEnd);
    onChange(edited.text);
    // The new text is rendered on the next frame; the selection is set once it is there.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(edited.selectionStart, edited.selectionEnd);
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const edit = event.ctrlKey || event.metaKey ? shortcutEdit(event.key) : null;
    if (edit) {
      event.preventDefault();
      apply(edit);
    }
  };
  const unsafe = unsafeLinks(value);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap={4}>
        <Group
          gap={4}
          role="toolbar"
          aria-label={t('knowledge.editor.toolbar', { field: label })}
          aria-controls={id}
        >
          {TOOLS.map((tool) => {
            const name = t(`knowledge.editor.tools.${tool.edit}`);
            return (
              <Tooltip key={tool.edit} label={tool.shortcut ? `${name} (${tool.shortcut})` : name}>
                <ActionIcon variant="default" size="lg" aria-label={name} onClick={() => apply(tool.edit)}>
                  <span aria-hidden>{tool.glyph}</span>
                </ActionIcon>
              </Tooltip>
            );
          })}
        </Group>
        <Textarea
          ref={area}
          id={id}
          label={label}
          description={t('knowledge.editor.markdownHint')}
          required={required}
          lang={lang}
          dir={dir}
          autosize
          minRows={8}
          maxRows={24}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={
            error ??
            (unsafe.length > 0 ? t('knowledge.editor.unsafeLinks', { links: unsafe.join(', ') }) : undefined)
          }
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={previewId}>
          {t('knowledge.editor.preview')}
        </Text>
        <Paper withBorder p="sm" mih={120} aria-labelledby={previewId} role="region">
          {value.trim() ? (
            <Markdown source={value} lang={lang} dir={dir} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('knowledge.editor.previewEmpty')}
            </Text>
          )}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
