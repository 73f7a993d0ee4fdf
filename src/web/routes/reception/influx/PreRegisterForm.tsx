/**
 * The fast pre-registration of a group (a family or people travelling together) with the minimum per member:
 * name as given, sex, approximate age, nationality as stated, triage flags. Made for the keyboard: the first
 * name has the focus, Tab walks the fields, "Add member" puts the focus in the new member's name, Enter saves.
 */
import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RepeatableRows } from '../../../components/RepeatableRows';
import { postReception, useReceptionWrite } from '../centres/centresApi';
import { INFLUX_SEXES, TRIAGE_FLAGS, type InfluxSex, type MemberBody, type RegistrationResult, type Triage } from './influxApi';

/** A member as the form edits it: the age as typed, and whether the clerk set the child flag by hand. */
interface MemberDraft {
  name: string;
  sex: InfluxSex;
  age: number | string;
  nationality: string;
  triage: Triage;
  childTouched: boolean;
  /** The simulated arrival this member is, in a manual exercise. */
  arrivalId?: string;
}

const MAX_MEMBERS = 30;

function newMember(nationality = ''): MemberDraft {
  return {
    name: '',
    sex: 'U',
    age: '',
    nationality,
    triage: { medicalUrgency: false, child: false, vulnerable: false },
    childTouched: false,
  };
}

function toBody(member: MemberDraft): MemberBody {
  const nationality = member.nationality.trim().toUpperCase();
  return {
    name: member.name.trim(),
    sex: member.sex,
    approximateAge: typeof member.age === 'number' ? member.age : Number.NaN,
    nationality: nationality || undefined,
    triage: member.triage,
    arrivalId: member.arrivalId,
  };
}

export interface PreRegisterContext {
  planId: string;
  exerciseId?: string;
}

/** The form; `initial` prefills the members (an exercise's arrivals), `onSaved` gets the allocation. */
export function PreRegisterForm({
  context,
  initial,
  onSaved,
}: {
  context: PreRegisterContext;
  initial?: MemberDraft[];
  onSaved: (result: RegistrationResult) => void;
}) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<MemberDraft[]>(initial ?? [newMember()]);
  const register = useReceptionWrite((body: Record<string, unknown>) =>
    postReception<RegistrationResult>(`/influx/plans/${context.planId}/registrations`, body),
  );
  const errors = fieldErrorsByPath(register.error);
  const memberError = (index: number, field: string) => errors[`members.${index}.${field}`];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      {
        exerciseId: context.exerciseId,
        members: members.map(toBody),
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('reception.preregister.form')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('reception.preregister.keyboardHint')}
        </Text>
        <RepeatableRows<MemberDraft>
          legend={t('reception.preregister.members', { count: members.length })}
          rows={members}
          onChange={setMembers}
          newRow={() => newMember(members[members.length - 1]?.nationality ?? '')}
          addLabel={t('reception.preregister.addMember')}
          rowLabel={(n) => t('reception.preregister.member', { n })}
          emptyText={t('reception.preregister.noMembers')}
          max={MAX_MEMBERS}
          error={errors.members}
          renderRow={(member, update, index, autoFocus) => (
            <>
              <TextInput
                label={t('reception.preregister.name')}
                required
                dir="auto"
                // The first member's name takes the focus when the form opens; a new member's when added.
                data-autofocus={index === 0 || undefined}
                autoFocus={autoFocus || (index === 0 && !initial)}
                value={member.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={memberError(index, 'name')}
                style={{ flex: '2 1 14rem' }}
              />
              <NativeSelect
                label={t('reception.preregister.sex')}
                data={INFLUX_SEXES.map((value) => ({ value, label: t(`reception.sexes.${value}`) }))}
                value={member.sex}
                onChange={(e) => update({ sex: INFLUX_SEXES.find((s) => s === e.currentTarget.value) ?? 'U' })}
                error={memberError(index, 'sex')}
                style={{ flex: '0 1 8rem' }}
              />
              <NumberInput
                label={t('reception.preregister.age')}
                required
                min={0}
                max={120}
                allowDecimal={false}
                hideControls
                value={member.age}
                onChange={(age) =>
                  update({
                    age,
                    // The child flag follows the age until the clerk sets it by hand.
                    triage: member.childTouched ? member.triage : { ...member.triage, child: typeof age === 'number' && age < 18 },
                  })
                }
                error={memberError(index, 'approximateAge')}
                style={{ flex: '0 1 6rem' }}
              />
              <TextInput
                label={t('reception.preregister.nationality')}
                description={t('reception.preregister.nationalityHint')}
                dir="ltr"
                maxLength={3}
                value={member.nationality}
                onChange={(e) => update({ nationality: e.currentTarget.value.toUpperCase() })}
                error={memberError(index, 'nationality')}
                style={{ flex: '0 1 7rem' }}
              />
              <Group gap="sm" role="group" aria-label={t('reception.preregister.triage')} pb={6}>
                {TRIAGE_FLAGS.map((flag) => (
                  <Checkbox
                    key={flag}
                    label={t(`reception.triage.${flag}`)}
                    color={flag === 'medicalUrgency' ? 'red' : undefined}
                    checked={member.triage[flag]}
                    onChange={(e) =>
                      update({
                        triage: { ...member.triage, [flag]: e.currentTarget.checked },
                        childTouched: member.childTouched || flag === 'child',
                      })
                    }
                  />
                ))}
              </Group>
            </>
          )}
        />
        <ErrorAlert error={register.error} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={register.isPending} disabled={members.length === 0}>
            {t('reception.preregister.submit', { count: members.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Drafts of members from an exercise's simulated arrivals (for the form's `initial`). */
export function draftsOf(arrivals: { id: string; name: string; sex: InfluxSex; approximateAge: number; nationality: string | null; triage: Triage }[]): MemberDraft[] {
  return arrivals.map((a) => ({
    arrivalId: a.id,
    name: a.name,
    sex: a.sex,
    age: a.approximateAge,
    nationality: a.nationality ?? '',
    triage: a.triage,
    childTouched: true,
  }));
}
