/** Placeholder: the screen is being built. */
export function AlertsPage() {
  return null;
}
