/** The public check of a training certificate (no sign-in), by the code printed on it and carried by its QR code. */
import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { Fact } from '../../documents/DocumentFacts';
import { PublicFrame } from '../take/PublicFrame';
import { certificateCheckQuery } from '../take/takeApi';
import { useTrainingFormat } from '../trainingFormat';

const route = getRouteApi('/training/certificates/$code');

/** The page, by the code in the address. */
export function CertificatePage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { code } = route.useParams();
  const check = useQuery(certificateCheckQuery(code));
  const certificate = check.data;
  return (
    <PublicFrame title={t('training.certificate.title')}>
      <Stack gap="md">
        <Text>
          {t('training.certificate.code')}: <Ltr mono>{code}</Ltr>
        </Text>
        {check.isPending && <Text>{t('common.loading')}</Text>}
        <ErrorAlert error={check.error} />
        {certificate && (
          <Alert
            color={certificate.valid ? 'green' : 'red'}
            variant="filled"
            title={
              <span data-testid="certificate-verdict">
                {t(certificate.valid ? 'training.certificate.valid' : 'training.certificate.invalid')}
              </span>
            }
          >
            {t(certificate.valid ? 'training.certificate.validBody' : 'training.certificate.invalidBody')}
          </Alert>
        )}
        {certificate?.valid && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Fact label={t('training.certificate.participant')}>
              <span data-testid="certificate-participant">{certificate.participant}</span>
            </Fact>
            <Fact label={t('training.fields.course')}>{certificate.course}</Fact>
            <Fact label={t('training.fields.dates')}>
              {format.dates(certificate.session.startDate, certificate.session.endDate)}
            </Fact>
            <Fact label={t('training.fields.place')}>{certificate.session.place ?? '—'}</Fact>
            <Fact label={t('training.certificate.issuedAt')}>{format.date(certificate.issuedAt)}</Fact>
          </SimpleGrid>
        )}
      </Stack>
    </PublicFrame>
  );
}
