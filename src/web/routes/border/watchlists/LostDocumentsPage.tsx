/** Placeholder: the screen is being built. */
export function LostDocumentsPage() {
  return null;
}
