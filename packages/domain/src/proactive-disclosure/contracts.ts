import { z } from 'zod';

// zod contracts of the proactive-disclosure module: request schemas are .strict(); Chinese messages for the user.
export const ZProactiveDisclosurePlaceholder = z.object({}).strict();
