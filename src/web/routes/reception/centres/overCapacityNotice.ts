/** The notice after a write that took a centre over capacity (it was allowed with a reason). */
import { notifications } from '@mantine/notifications';
import i18n from '../../../i18n';
import type { OverCapacityWarning } from './centresApi';

/** Shows the server's over-capacity warning, if any, as an orange notice that stays a while. */
export function notifyOverCapacity(warning: OverCapacityWarning | null | undefined): void {
  if (warning) {
    notifications.show({
      color: 'orange',
      title: i18n.t('reception.overCapacity.title'),
      message: warning.message,
      autoClose: 10_000,
    });
  }
}
