import { describe, expect, it } from 'vitest';
import './zod-config.ts';

describe('zod without its JIT in the browser', () => {
  it('is configured before zod loads, and zod reads it', async () => {
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
