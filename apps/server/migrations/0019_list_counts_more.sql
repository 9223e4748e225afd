-- hand-written (issue 10): kept totals (docs/adr/0010) for the publications, village disclosures,
-- disclosure requests, law-study sessions, self-study and publicity activities lists: the same
-- statement triggers as migration 0018, then their backfill.
CREATE TRIGGER pd_publications_list_count_insert AFTER INSERT ON pd_publications REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publications', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER pd_publications_list_count_update AFTER UPDATE ON pd_publications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publications', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER pd_publications_list_count_delete AFTER DELETE ON pd_publications REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publications', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER pd_village_disclosures_list_count_insert AFTER INSERT ON pd_village_disclosures REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('villageDisclosures', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER pd_village_disclosures_list_count_update AFTER UPDATE ON pd_village_disclosures REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('villageDisclosures', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER pd_village_disclosures_list_count_delete AFTER DELETE ON pd_village_disclosures REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('villageDisclosures', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER disclosure_requests_list_count_insert AFTER INSERT ON disclosure_requests REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('disclosureRequests', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER disclosure_requests_list_count_update AFTER UPDATE ON disclosure_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('disclosureRequests', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER disclosure_requests_list_count_delete AFTER DELETE ON disclosure_requests REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('disclosureRequests', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_sessions_list_count_insert AFTER INSERT ON law_study_sessions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('lawStudySessions', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_sessions_list_count_update AFTER UPDATE ON law_study_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('lawStudySessions', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_sessions_list_count_delete AFTER DELETE ON law_study_sessions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('lawStudySessions', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_self_studies_list_count_insert AFTER INSERT ON law_study_self_studies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('selfStudies', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_self_studies_list_count_update AFTER UPDATE ON law_study_self_studies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('selfStudies', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER law_study_self_studies_list_count_delete AFTER DELETE ON law_study_self_studies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('selfStudies', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER publicity_activities_list_count_insert AFTER INSERT ON publicity_activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publicityActivities', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER publicity_activities_list_count_update AFTER UPDATE ON publicity_activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publicityActivities', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER publicity_activities_list_count_delete AFTER DELETE ON publicity_activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('publicityActivities', 'org_id', 'deleted_at is null');
--> statement-breakpoint
INSERT INTO list_count_deltas (list, township_id, org_id, n)
SELECT 'publications', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM pd_publications WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'villageDisclosures', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM pd_village_disclosures WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'disclosureRequests', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM disclosure_requests WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'lawStudySessions', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM law_study_sessions WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'selfStudies', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM law_study_self_studies WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'publicityActivities', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM publicity_activities WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
