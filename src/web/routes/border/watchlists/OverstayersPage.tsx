/** Placeholder: the screen is being built. */
export function OverstayersPage() {
  return null;
}
