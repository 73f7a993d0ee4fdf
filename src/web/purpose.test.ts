import { afterEach, describe, expect, it } from 'vitest';
import { answerPurpose, askPurpose, currentQuestion, forgetPurposes, purposeFor, recordOf, registerPurposeHost } from './purpose';

describe('purposes asked once per record', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => {
    unregister?.();
    unregister = undefined;
    forgetPurposes();
  });

  it('cancels at once when no prompt is on screen', async () => {
    expect(await askPurpose({ record: '/api/cases/1', message: 'why' })).toBeNull();
  });

  it('asks once for concurrent requests of one record and keeps the answer for the session', async () => {
    unregister = registerPurposeHost();
    const first = askPurpose({ record: recordOf('/api/cases/1?x=1'), message: 'Opening a trafficking case needs a purpose' });
    const second = askPurpose({ record: '/api/cases/1', message: 'again' });
    expect(currentQuestion()).toEqual({ record: '/api/cases/1', message: 'Opening a trafficking case needs a purpose' });
    answerPurpose('/api/cases/1', '  Identification interview  ');
    expect(await first).toBe('Identification interview');
    expect(await second).toBe('Identification interview');
    expect(purposeFor('/api/cases/1')).toBe('Identification interview');
    expect(purposeFor('/api/cases/2')).toBeUndefined();
    expect(currentQuestion()).toBeNull();
  });

  it('resolves a cancelled question with null and keeps nothing; a new session forgets every purpose', async () => {
    unregister = registerPurposeHost();
    const asked = askPurpose({ record: '/api/asylum/minors/7', message: 'why' });
    answerPurpose('/api/asylum/minors/7', null);
    expect(await asked).toBeNull();
    expect(purposeFor('/api/asylum/minors/7')).toBeUndefined();
    const pending = askPurpose({ record: '/api/asylum/minors/8', message: 'why' });
    forgetPurposes();
    expect(await pending).toBeNull();
  });
});
