/** Settings of the documents module, set once when the application is built. */

export interface DocumentSettings {
  /** ICAO code of the issuing state written in the MRZ and the seal. */
  issuingState: string;
  /** Encrypts the signing keys' private halves at rest; unset keeps them in clear (development only). */
  sealKeyPassphrase: string | undefined;
}

let current: DocumentSettings = { issuingState: 'ROU', sealKeyPassphrase: undefined };

/** Sets the module's settings (from the configuration). */
export function configureDocuments(settings: DocumentSettings): void {
  current = settings;
}

/** The module's settings. */
export function documentSettings(): DocumentSettings {
  return current;
}
