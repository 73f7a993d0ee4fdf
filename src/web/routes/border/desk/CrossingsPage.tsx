/** Placeholder: the screen is being built. */
export function CrossingsPage() {
  return null;
}
