import type { YifaModule } from '../../platform/modules.ts';
import { LAW_STUDY_RULES } from './compliance.ts';
import { seedLawStudyDemo } from './demo-seed.ts';
import { seedStudyLaws } from './reference-seed.ts';
import { lawStudyRoutes } from './routes.ts';

/** The law-study module (学法用法): sessions and attendance, self-study, exams, appointments, imports, bulletin, compliance rules. */
/** Rebuilds the attendance counts stored on each session, after a bulk load that bypassed the triggers. */
export { recomputeSessionAttendanceCounts } from './repository.ts';

export const lawStudyModule: YifaModule = {
  name: 'law-study',
  routes: lawStudyRoutes,
  complianceRules: LAW_STUDY_RULES as unknown as YifaModule['complianceRules'],
  seedReference: (db) => seedStudyLaws(db, 'all'),
  seedTownship: (tx, townshipId) => seedStudyLaws(tx, townshipId),
  seedDemo: seedLawStudyDemo,
};
