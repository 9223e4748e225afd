import { z } from 'zod';

// zod contracts of the law-study module: request schemas are .strict(); Chinese messages for the user.
export const ZLawStudyPlaceholder = z.object({}).strict();
