/**
 * A warning before leaving a form with unsaved changes (an article being written, a call being logged): inside
 * the app a dialog asks (stay or leave); closing or reloading the tab gets the browser's own question.
 */
import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Blocks navigation while `dirty`. `release()` lets the next navigation through (after a save that moves to
 * another address, before the form has caught up with the saved text).
 */
export function useLeaveGuard(dirty: boolean) {
  const state = useRef({ dirty, released: false });
  state.current.dirty = dirty;
  const blocker = useBlocker({
    shouldBlockFn: () => state.current.dirty && !state.current.released,
    enableBeforeUnload: () => state.current.dirty && !state.current.released,
    withResolver: true,
  });
  return {
    blocker,
    release: () => {
      state.current.released = true;
    },
  };
}

/** The dialog shown while a navigation waits for the user's answer. */
export function LeaveDialog({ blocker }: { blocker: ReturnType<typeof useLeaveGuard>['blocker'] }) {
  const { t } = useTranslation();
  if (blocker.status !== 'blocked') {
    return null;
  }
  return (
    <Modal opened onClose={blocker.reset} title={t('knowledge.editor.leave.title')}>
      <Text mb="md">{t('knowledge.editor.leave.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={blocker.reset} data-autofocus>
          {t('knowledge.editor.leave.stay')}
        </Button>
        <Button color="red" onClick={blocker.proceed}>
          {t('knowledge.editor.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
