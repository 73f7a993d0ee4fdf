/** One document: status, holder, dates, fee, MRZ and seal, its timeline, and the steps the caller may take. */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { can, useMe } from '../../session';
import { cardPdfUrl, documentQuery } from './documentsApi';
import { cardFileName, DocumentActions } from './DocumentActions';
import { DocumentFacts } from './DocumentFacts';
import { EventsTimeline } from './EventsTimeline';
import { useTypeName } from './documentLabels';
import { SealPanel } from './SealPanel';
import { StatusBadge } from './StatusBadge';

const route = getRouteApi('/app/documents/$id');

/** The document page, by id from the address. */
export function DocumentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const typeName = useTypeName();
  const { id } = route.useParams();
  const { data: document, error, isPending } = useQuery(documentQuery(id));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!document) {
    return <ErrorAlert error={error} />;
  }
  // The server keeps the requester from approving; say so before they try.
  const ownApplication =
    document.status === 'applied' && document.requestedBy.id === me.user.id && can(me, ['documents.approve']);
  const title = document.number
    ? t('documents.document.title', { number: document.number })
    : t('documents.document.applicationTitle', { type: typeName(document.type) });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/documents/register" size="sm">
        {t('documents.document.backToRegister')}
      </Anchor>
      <PageTitle>{title}</PageTitle>
      <Group gap="sm" data-testid="document-status">
        <StatusBadge status={document.effectiveStatus} size="lg" />
        {document.effectiveStatus !== document.status && (
          <Text size="sm" c="dimmed">
            {t('documents.document.storedStatus', { status: t(`documents.statuses.${document.status}`) })}
          </Text>
        )}
      </Group>
      {ownApplication && (
        <Alert color="blue" title={t('documents.fourEyes.title')}>
          {t('documents.fourEyes.body')}
        </Alert>
      )}
      <DocumentFacts document={document} />
      <DocumentActions document={document} />
      {/* The server produces the card only while it waits to be handed over; after that it is in the holder's hands. */}
      {document.status === 'printed' && can(me, ['documents.issue']) && (
        <Group>
          <Button
            component="a"
            variant="default"
            href={cardPdfUrl(document.id)}
            download={cardFileName(document)}
          >
            {t('documents.document.downloadCard')}
          </Button>
        </Group>
      )}
      <SealPanel document={document} />
      <EventsTimeline events={document.events} />
    </Stack>
  );
}
