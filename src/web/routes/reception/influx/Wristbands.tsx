/** After a group is saved: where it goes (one centre for everyone), and each member's wristband number and QR code, printable. */
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { TRIAGE_FLAGS, type RegistrationResult } from './influxApi';
import classes from './Wristbands.module.css';

/** The allocation and the wristbands; the focus goes to "Print" so the clerk prints, then Tab, Enter for the next group. */
export function Wristbands({ result, onNext }: { result: RegistrationResult; onNext: () => void }) {
  const { t } = useTranslation();
  const print = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    print.current?.focus();
  }, [result]);
  const { group, registrations, warning } = result;
  return (
    <Stack gap="md" className={classes.sheet} data-testid="allocation">
      <Alert color="green" title={t('reception.wristbands.allocatedTitle')} role="status" className={classes.noPrint}>
        {t('reception.wristbands.allocated', { count: group.size, group: group.label, centre: group.centre.name })}
      </Alert>
      {warning && (
        <Alert color="orange" title={t('reception.overCapacity.title')} className={classes.noPrint}>
          {warning.message}
        </Alert>
      )}
      <Group className={classes.noPrint}>
        <Button ref={print} onClick={() => window.print()}>
          {t('reception.wristbands.print')}
        </Button>
        <Button variant="default" onClick={onNext}>
          {t('reception.wristbands.next')}
        </Button>
      </Group>
      <Title order={3} size="h4">
        {t('reception.wristbands.title', { group: group.label })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {registrations.map((registration) => (
          <Card key={registration.id} withBorder padding="sm" className={classes.band} data-wristband={registration.wristband}>
            <Stack gap={4} align="center">
              <img src={registration.qr.svg} alt={t('reception.wristbands.qrOf', { number: registration.wristband })} width={140} height={140} />
              <Text fw={700} size="lg">
                <Ltr mono>{registration.wristband}</Ltr>
              </Text>
              <Text dir="auto">{registration.nameAsGiven}</Text>
              <Text size="sm">
                {t('reception.wristbands.centre', { centre: registration.centre.name })}
                {registration.bed ? ` · ${t('reception.wristbands.bed', { bed: registration.bed.label })}` : ''}
              </Text>
              <Group gap={4}>
                {TRIAGE_FLAGS.filter((flag) => registration.triage[flag]).map((flag) => (
                  <Badge key={flag} color={flag === 'medicalUrgency' ? 'red' : 'blue'} variant="light">
                    {t(`reception.triage.${flag}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
