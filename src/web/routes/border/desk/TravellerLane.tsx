/**
 * The desk for travellers on foot: scan, see the screening and the traveller's past, decide with one key,
 * resolve what the screening raised, next. The MRZ box keeps the focus between travellers: Enter in the
 * empty box, Escape, or the first key of the next scan starts the next traveller.
 */
import { Grid, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { DeskPost } from './bcps';
import { CrossingOutcome } from './CrossingOutcome';
import { DecisionBar, KeyButton, ProcessingClock, type DecisionChoice } from './DecisionBar';
import type { Purpose, RecordedCrossing } from './deskApi';
import { useDeskKeys } from './deskKeys';
import { ScreeningResult } from './HitDetails';
import { MrzField } from './MrzField';
import { useTravellerScan } from './mrzScan';
import { DocumentFacts, RegistryFacts, useTravellerChecks } from './TravellerFacts';

/** One lane, one traveller at a time. */
export function TravellerLane({ post }: { post: DeskPost }) {
  const { t } = useTranslation();
  const mrzRef = useRef<HTMLTextAreaElement>(null);
  const { scan, document, type, read, clearText, reset } = useTravellerScan();
  const checks = useTravellerChecks(document);
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const record = useMutation({
    mutationFn: (choice: DecisionChoice) =>
      api.post<RecordedCrossing>('/api/border/crossings', {
        clientRef: scan.clientRef,
        siteId: post.siteId,
        lane: post.lane,
        direction: post.direction,
        // Both ends of the processing time from the desk's clock, so a server clock ahead or behind cannot skew it.
        at: new Date().toISOString(),
        firstScanAt: scan.firstScanAt,
        document: { mrz: scan.result?.ok ? scan.result.document.lines.join('\n') : scan.text },
        traveller: checks.personId ? { personId: checks.personId } : undefined,
        purpose,
        ...choice,
      }),
    meta: { silent: true },
    onSuccess: () => {
      clearText();
      mrzRef.current?.focus();
    },
  });
  const recorded = record.data ?? null;
  const startOver = () => {
    reset();
    record.reset();
    setPurpose(null);
  };
  const next = () => {
    startOver();
    mrzRef.current?.focus();
  };
  const busy = record.isPending;
  useDeskKeys({ next: !busy && (recorded || scan.text || scan.result) ? next : undefined });
  return (
    <Stack gap="md">
      {recorded ? (
        <CrossingOutcome
          recorded={recorded}
          title={t('border.desk.recorded.title')}
          actions={
            <KeyButton
              command="next"
              label={t('border.desk.nextTraveller')}
              variant="default"
              onClick={next}
            />
          }
        />
      ) : (
        document && <ScreeningResult screening={checks.screening} />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <MrzField
              scan={scan}
              inputRef={mrzRef}
              label={t('border.desk.mrz.label')}
              onType={(value) => {
                // The first key of the next scan starts the next traveller.
                if (recorded) {
                  startOver();
                }
                type(value);
              }}
              onScanned={read}
              onEnterWhenEmpty={recorded ? next : undefined}
            />
            {scan.result?.ok && (
              <DocumentFacts document={scan.result.document} expired={scan.result.flags.expired} />
            )}
          </Stack>
        </Grid.Col>
        {/* Once the crossing registered the traveller, "not in the registry" is no longer true. */}
        <Grid.Col span={{ base: 12, md: 7 }}>
          {document && !recorded?.person.registered && <RegistryFacts checks={checks} />}
        </Grid.Col>
      </Grid>
      {!recorded && document && (
        <Stack gap="xs">
          <DecisionBar
            ready={checks.screened}
            pending={busy}
            purpose={purpose}
            onPurpose={setPurpose}
            onDecide={(choice) => record.mutate(choice)}
          />
          <ProcessingClock since={scan.firstScanAt} />
        </Stack>
      )}
      <ErrorAlert error={record.error} />
    </Stack>
  );
}
