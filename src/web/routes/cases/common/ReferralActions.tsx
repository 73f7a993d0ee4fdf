/** The steps the caller's organisation may take on a referral: accept, reject (with a reason), complete, revoke. */
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ReasonDialog } from '../../documents/ReasonDialog';
import { useReferralStep, type ReferralStep } from '../caseActions';
import type { Referral } from '../casesApi';

function StepDialog({ referral, step, onClose }: { referral: Referral; step: ReferralStep; onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useReferralStep(referral, step);
  return (
    <ReasonDialog
      title={t(`cases.referrals.steps.${step}`)}
      body={t('cases.referrals.stepBody', { reference: referral.caseReference, organisation: referral.fromOrganisation.name })}
      confirmLabel={t(`cases.referrals.steps.${step}`)}
      color={step === 'accept' || step === 'complete' ? 'blue' : 'red'}
      reasonLabel={t('cases.referrals.note')}
      error={mutation.error}
      pending={mutation.isPending}
      onConfirm={(note) =>
        mutation.mutate(
          { note },
          {
            onSuccess: () => {
              notifySuccess(t(`cases.referrals.done.${step}`));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}

/** Accept at once (no note needed); the other steps ask for a note. */
export function ReferralActions({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ReferralStep | null>(null);
  const accept = useReferralStep(referral, 'accept');
  const steps = (['reject', 'complete', 'revoke'] as const).filter((s) => referral.can[s]);
  if (!referral.can.accept && steps.length === 0) {
    return null;
  }
  return (
    <Group gap="xs">
      {referral.can.accept && (
        <Button
          size="xs"
          loading={accept.isPending}
          onClick={() =>
            accept.mutate({}, { onSuccess: () => notifySuccess(t('cases.referrals.done.accept')), onError: notifyError })
          }
          aria-label={t('cases.referrals.acceptOf', { reference: referral.caseReference })}
        >
          {t('cases.referrals.steps.accept')}
        </Button>
      )}
      {steps.map((s) => (
        <Button key={s} size="xs" variant="default" onClick={() => setStep(s)}>
          {t(`cases.referrals.steps.${s}`)}
        </Button>
      ))}
      {step && <StepDialog referral={referral} step={step} onClose={() => setStep(null)} />}
    </Group>
  );
}
