/**
 * A lesson's files under its text: images shown, videos playable, other files (PDF) as links. The shared
 * Markdown has no images, so files are listed here rather than placed inside the text.
 */
import { Anchor, Button, Card, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonFile } from './elearningApi';

/** What a file is drawn as, by its type. */
export function fileKind(file: Pick<LessonFile, 'contentType'>): 'image' | 'video' | 'other' {
  if (file.contentType.startsWith('image/')) {
    return 'image';
  }
  return file.contentType.startsWith('video/') ? 'video' : 'other';
}

function Attachment({ file, action }: { file: LessonFile; action?: ReactNode }) {
  const { t } = useTranslation();
  const kind = fileKind(file);
  return (
    <Card withBorder padding="xs" component="figure" m={0}>
      {kind === 'image' && <Image src={file.url} alt={file.name} fit="contain" mah={360} />}
      {kind === 'video' && (
        <video controls preload="metadata" style={{ width: '100%', maxHeight: 360 }} aria-label={file.name}>
          <source src={file.url} type={file.contentType} />
        </video>
      )}
      <Group justify="space-between" mt={kind === 'other' ? 0 : 'xs'} component="figcaption" wrap="nowrap">
        {kind === 'other' ? (
          <Anchor href={file.url} target="_blank" rel="noopener noreferrer">
            {t('training.lessons.openFile', { name: file.name })}
          </Anchor>
        ) : (
          <Text size="sm">{file.name}</Text>
        )}
        {action}
      </Group>
    </Card>
  );
}

/** The files; `onRemove` (in the editor) adds a remove button to each. */
export function LessonAttachments({
  files,
  onRemove,
}: {
  files: LessonFile[];
  onRemove?: (file: LessonFile) => void;
}) {
  const { t } = useTranslation();
  if (files.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" component="section" aria-label={t('training.lessons.files')}>
      <Text fw={600} size="sm">
        {t('training.lessons.files')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {files.map((file) => (
          <Attachment
            key={file.id}
            file={file}
            action={
              onRemove && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onRemove(file)}
                  aria-label={t('common.removeNamed', { name: file.name })}
                >
                  {t('common.remove')}
                </Button>
              )
            }
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
