import { describe, expect, it } from 'vitest';
import { faultAt, stagingLate } from '../../src/publish/fault.ts';

describe('DIGEST_FAULT', () => {
  it('does nothing when unset', () => {
    expect(() => faultAt(undefined)('swap')).not.toThrow();
    expect(stagingLate(undefined)).toBe(false);
  });

  it('fails as a full disk would at its step, and only there', () => {
    const fault = faultAt('indexing:enospc');
    expect(() => fault('swap')).not.toThrow();
    expect(() => fault('indexing')).toThrow(expect.objectContaining({ code: 'ENOSPC', message: expect.stringMatching(/^ENOSPC: no space left on device/) }));
  });

  it('takes staging:late alone or before a fault', () => {
    expect(stagingLate('staging:late')).toBe(true);
    expect(() => faultAt('staging:late')('mirror')).not.toThrow();
    expect(stagingLate('staging:late,mirror:enospc')).toBe(true);
    expect(() => faultAt('staging:late,mirror:enospc')('mirror')).toThrow(/ENOSPC/);
    expect(stagingLate('mirror:enospc')).toBe(false);
  });

  it('refuses what it does not know, naming what it takes', () => {
    for (const setting of ['publish:kill', 'swap:crash', 'swap:kill,record:kill', 'staging:early']) {
      expect(() => faultAt(setting), setting).toThrow(/DIGEST_FAULT must be <step>:kill or <step>:enospc with a step of catch-up, mirror, .*, staging:late, or both/);
    }
  });
});
