/** Placeholder: the screen is being built. */
export function SupervisionPage() {
  return null;
}
