/** The person's photo, and uploading a new one (JPEG or PNG; the server re-encodes it). */
import { Button, FileButton, Image, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { useMe } from '../../session';
import { latinName, uploadPhoto, type Person } from './peopleApi';

/** The photo (or "No photo") with the upload button for callers who may edit. */
export function PersonPhoto({ person }: { person: Person }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  // A new photo does not change the person's version, so the image address needs its own stamp.
  const [uploads, setUploads] = useState(0);
  const upload = useMutation({
    mutationFn: (file: File) => uploadPhoto(person.id, file, me.csrfToken),
    onSuccess: async () => {
      setUploads((n) => n + 1);
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id] });
      notifySuccess(t('people.photo.saved'));
    },
  });
  return (
    <Stack gap="xs" align="center">
      {person.hasPhoto ? (
        <Image
          src={`/api/people/${person.id}/photo?v=${person.version}.${uploads}`}
          alt={t('people.photo.alt', { name: latinName(person) })}
          w={160}
          h={200}
          fit="cover"
          radius="sm"
        />
      ) : (
        <Paper withBorder w={160} h={200} p="sm">
          <Text c="dimmed" size="sm" ta="center">
            {t('people.photo.none')}
          </Text>
        </Paper>
      )}
      {person.can.edit && (
        <FileButton onChange={(file) => file && upload.mutate(file)} accept="image/jpeg,image/png">
          {(props) => (
            <Button {...props} size="xs" variant="light" loading={upload.isPending}>
              {t('people.photo.upload')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
