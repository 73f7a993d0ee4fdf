/** What the register knows of one document: holder, type, office, number, dates, fee, who did what. */
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { latinName } from '../people/peopleApi';
import type { DocumentFee, IssuedDocument } from './documentsApi';
import { DocumentLink } from './DocumentsTable';
import { useMoney, useTypeName } from './documentLabels';

/** A labelled value of the facts grid. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

function FeeText({ fee }: { fee: DocumentFee }) {
  const { t } = useTranslation();
  const money = useMoney();
  switch (fee.status) {
    case 'none':
      return <>{t('documents.fee.none')}</>;
    case 'waived':
      return <>{t('documents.fee.waivedBecause', { reason: fee.reason })}</>;
    case 'paid':
      return (
        <>
          {t('documents.fee.paidWith')} <Ltr mono>{fee.receipt}</Ltr>
          {fee.amount !== undefined && fee.currency && ` (${money(fee.amount, fee.currency)})`}
        </>
      );
  }
}

/** Who and when, or a dash. */
function byAt(name: string | null | undefined, at: string | null, format: (value: string | null) => string) {
  return at ? `${format(at)}${name ? ` · ${name}` : ''}` : '—';
}

/** The facts grid of the document page. */
export function DocumentFacts({ document }: { document: IssuedDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeName = useTypeName();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <Fact label={t('documents.fields.person')}>
        <Anchor component={Link} to={`/people/${document.person.id}`}>
          {latinName(document.person) || document.person.registrationNumber}
        </Anchor>{' '}
        <Ltr mono>{document.person.registrationNumber}</Ltr>
      </Fact>
      <Fact label={t('documents.fields.type')}>{typeName(document.type)}</Fact>
      <Fact label={t('documents.fields.office')}>{document.office.name}</Fact>
      <Fact label={t('documents.fields.number')}>
        {document.number ? <Ltr mono>{document.number}</Ltr> : t('documents.noNumberYet')}
      </Fact>
      <Fact label={t('documents.fields.issuedOn')}>{format.date(document.issuedOn)}</Fact>
      <Fact label={t('documents.fields.expiresOn')}>{format.date(document.expiresOn)}</Fact>
      <Fact label={t('documents.fields.requested')}>
        {byAt(document.requestedBy.name, document.requestedAt, format.dateTime)}
      </Fact>
      <Fact label={t('documents.fields.approved')}>
        {byAt(document.approvedBy?.name, document.approvedAt, format.dateTime)}
      </Fact>
      <Fact label={t('documents.fields.printed')}>
        {document.printedAt
          ? t('documents.printedTimes', {
              when: format.dateTime(document.printedAt),
              count: document.printCount,
            })
          : '—'}
      </Fact>
      <Fact label={t('documents.fields.handedOver')}>
        {document.handedOverAt
          ? `${format.dateTime(document.handedOverAt)}${document.receivedBy ? ` · ${t('documents.receivedBy', { name: document.receivedBy })}` : ''}${document.hasReceipt ? ` · ${t('documents.signedReceipt')}` : ''}`
          : '—'}
      </Fact>
      <Fact label={t('documents.fields.fee')}>
        <FeeText fee={document.fee} />
      </Fact>
      <Fact label={t('documents.fields.note')}>
        <span dir="auto">{document.note || '—'}</span>
      </Fact>
      {document.statusReason && (
        <Fact label={t('documents.fields.statusReason')}>
          <span dir="auto">{document.statusReason}</span>
        </Fact>
      )}
      {document.renews && (
        <Fact label={t('documents.fields.renews')}>
          <DocumentLink document={document.renews} />
        </Fact>
      )}
      {document.replaces && (
        <Fact label={t('documents.fields.replaces')}>
          <DocumentLink document={document.replaces} /> (
          {t(`documents.replaceReasons.${document.replaces.reason as 'lost'}`, {
            defaultValue: document.replaces.reason,
          })}
          )
        </Fact>
      )}
      {document.supersededBy && (
        <Fact label={t('documents.fields.supersededBy')}>
          <DocumentLink document={document.supersededBy} />
        </Fact>
      )}
    </SimpleGrid>
  );
}
