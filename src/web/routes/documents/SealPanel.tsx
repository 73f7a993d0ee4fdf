/** The machine-readable parts of a card: the TD1 MRZ and the signed barcode's text, always left-to-right. */
import { Button, Code, CopyButton, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from './documentsApi';

/** The MRZ lines and the seal payload (copyable); nothing before approval gives the document a number. */
export function SealPanel({ document }: { document: IssuedDocument }) {
  const { t } = useTranslation();
  if (!document.mrz && !document.sealPayload) {
    return null;
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {document.mrz && (
        <Paper withBorder p="md" component="section" aria-labelledby="document-mrz-title">
          <Stack gap="xs">
            <Title order={3} size="h4" id="document-mrz-title">
              {t('documents.document.mrz')}
            </Title>
            <Code block dir="ltr" fz="md" data-testid="document-mrz" style={{ letterSpacing: '0.05em' }}>
              {document.mrz.join('\n')}
            </Code>
          </Stack>
        </Paper>
      )}
      {document.sealPayload && (
        <Paper withBorder p="md" component="section" aria-labelledby="document-seal-title">
          <Stack gap="xs">
            <Title order={3} size="h4" id="document-seal-title">
              {t('documents.document.seal')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('documents.document.sealHint')}
            </Text>
            <Code
              block
              dir="ltr"
              data-testid="document-seal"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              {document.sealPayload}
            </Code>
            <CopyButton value={document.sealPayload}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} w="fit-content">
                  {copied ? t('common.copied') : t('documents.document.copySeal')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Paper>
      )}
    </SimpleGrid>
  );
}
