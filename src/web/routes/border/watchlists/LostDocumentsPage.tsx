/** Lost and stolen documents: look a document up, list one, take one off the list, import a CSV. */
import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { LostDocumentForm } from './LostDocumentForm';
import { LostDocumentsImport } from './LostDocumentsImport';
import { lostDocumentQuery, type LostDocument } from './watchlistsApi';

interface DocumentKey {
  number: string;
  issuingState: string;
}

/** The same normalisation as the server's (upper case, no spaces or dashes), so the cache key matches. */
function documentKey(number: string, issuingState: string): DocumentKey {
  return {
    number: number.toUpperCase().replace(/[\s-]/g, ''),
    issuingState: issuingState.trim().toUpperCase(),
  };
}

function DeactivateDialog({ document, onClose }: { document: LostDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const deactivate = useMutation({
    mutationFn: () => api.post<LostDocument>(`/api/border/lost-documents/${document.id}/deactivate`),
    meta: { silent: true },
    onSuccess: (row) => {
      queryClient.setQueryData(lostDocumentQuery(row.number, row.issuingState).queryKey, { document: row });
      notifySuccess(t('border.watchlists.lost.deactivated', { number: row.number, state: row.issuingState }));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('border.watchlists.lost.deactivate')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('border.watchlists.lost.deactivateConfirm', {
            number: document.number,
            state: document.issuingState,
          })}
        </Text>
        <ErrorAlert error={deactivate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={deactivate.isPending} onClick={() => deactivate.mutate()}>
            {t('border.watchlists.lost.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A listed document: reason, report, source, and whether it is still on the list. */
function ListedDocument({ document }: { document: LostDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const rows = [
    { label: t('border.watchlists.lost.number'), value: <Ltr mono>{document.number}</Ltr> },
    { label: t('border.watchlists.lost.issuingState'), value: <Ltr mono>{document.issuingState}</Ltr> },
    { label: t('border.watchlists.lost.reason'), value: t(`border.lostReasons.${document.reason}`) },
    { label: t('border.watchlists.lost.reportedAt'), value: format.date(document.reportedAt) },
    {
      label: t('border.watchlists.lost.source'),
      value: document.source ? <span dir="auto">{document.source}</span> : '—',
    },
  ];
  return (
    <Stack gap="xs">
      <Group>
        {document.active ? (
          <Badge color="red">{t('border.watchlists.lost.onList')}</Badge>
        ) : (
          <Badge color="gray">
            {t('border.watchlists.lost.offList', { date: format.dateTime(document.deactivatedAt) })}
          </Badge>
        )}
      </Group>
      <Table withTableBorder aria-label={t('border.watchlists.lost.resultLabel')}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {document.active && (
        <div>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('border.watchlists.lost.deactivate')}
          </Button>
        </div>
      )}
      {confirming && <DeactivateDialog document={document} onClose={() => setConfirming(false)} />}
    </Stack>
  );
}

/** The answer to a look-up (each look-up is audited: a document number is personal data). */
function LookupResult({ looked }: { looked: DocumentKey }) {
  const { t } = useTranslation();
  const result = useQuery(lostDocumentQuery(looked.number, looked.issuingState));
  if (result.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  const document = result.data?.document;
  if (!document) {
    return result.data ? (
      <Text role="status">
        {t('border.watchlists.lost.notListed', { number: looked.number, state: looked.issuingState })}
      </Text>
    ) : null;
  }
  return <ListedDocument document={document} />;
}

function LostDocumentLookup() {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [issuingState, setIssuingState] = useState('');
  const [looked, setLooked] = useState<DocumentKey | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLooked(documentKey(number, issuingState));
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('border.watchlists.lost.lookupTitle')}</Title>
        <form onSubmit={submit} noValidate aria-label={t('border.watchlists.lost.lookupTitle')}>
          <Group align="flex-end">
            <TextInput
              label={t('border.watchlists.lost.number')}
              required
              dir="ltr"
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
            />
            <TextInput
              label={t('border.watchlists.lost.issuingState')}
              description={t('border.watchlists.lost.issuingStateHint')}
              required
              dir="ltr"
              maxLength={3}
              w={120}
              value={issuingState}
              onChange={(event) => setIssuingState(event.currentTarget.value)}
            />
            <Button type="submit" disabled={!number.trim() || !issuingState.trim()}>
              {t('border.watchlists.lost.lookup')}
            </Button>
          </Group>
        </form>
        {looked && <LookupResult key={`${looked.issuingState}/${looked.number}`} looked={looked} />}
      </Stack>
    </Paper>
  );
}

/** The lost and stolen documents page. */
export function LostDocumentsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text>{t('border.watchlists.lost.intro')}</Text>
        {/* The documents on the list now: what screening checks. */}
        <ExportButton path="/api/border/lost-documents/export" params={{ active: 'true' }} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LostDocumentLookup />
        <LostDocumentForm />
      </SimpleGrid>
      <LostDocumentsImport />
    </Stack>
  );
}
