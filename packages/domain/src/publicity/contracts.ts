import { z } from 'zod';

// zod contracts of the publicity module: request schemas are .strict(); Chinese messages for the user.
export const ZPublicityPlaceholder = z.object({}).strict();
