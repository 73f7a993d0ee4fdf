/** The documents our authority issued to one person (their history), and the way to apply for a new one. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { can, useMe } from '../../session';
import { personDocumentsQuery } from './documentsApi';
import { DocumentsTable } from './DocumentsTable';

/** The "Issued documents" panel of the person page. */
export function PersonDocumentsPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const documents = useQuery(personDocumentsQuery(personId));
  return (
    <Stack gap="md">
      {can(me, ['documents.issue']) && (
        <Group>
          <Button renderRoot={(props) => <Link to="/documents/apply" search={{ personId }} {...props} />}>
            {t('documents.apply.open')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={documents.error} />
      {documents.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <DocumentsTable
          documents={documents.data ?? []}
          label={t('documents.personPanel.title')}
          withPerson={false}
          withRequested
        />
      )}
    </Stack>
  );
}
