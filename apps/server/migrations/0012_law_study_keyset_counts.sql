ALTER TABLE "law_study_sessions" ADD COLUMN "present_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "law_study_sessions" ADD COLUMN "absent_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "law_study_attendances_session_idx" ON "law_study_attendances" USING btree ("session_id","is_present","person_id");--> statement-breakpoint
CREATE INDEX "law_study_exam_scores_exam_idx" ON "law_study_exam_scores" USING btree ("exam_id","is_absent","score");--> statement-breakpoint
CREATE INDEX "law_study_exams_list_idx" ON "law_study_exams" USING btree ("township_id","held_on","created_at","id") WHERE "law_study_exams"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "law_study_self_studies_list_idx" ON "law_study_self_studies" USING btree ("township_id","studied_on","created_at","id") WHERE "law_study_self_studies"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "law_study_sessions_list_idx" ON "law_study_sessions" USING btree ("township_id","held_on","created_at","id") WHERE "law_study_sessions"."deleted_at" is null;--> statement-breakpoint
-- hand-written (issue 10): the sessions list reads stored attendance counts (present_count, absent_count)
-- instead of counting attendance per row. A statement trigger on law_study_attendances keeps them in the
-- writing transaction for every write path (recording, import upserts, a replaced list); increments
-- under the session row's lock, so parallel writers add up. The write paths lock their sessions first
-- (session-writes.ts lockSessions), so writers of one session queue; a writer that does not may
-- deadlock and be rolled back, never leave a wrong count. Then the backfill, the same SQL as
-- repository.ts recomputeSessionAttendanceCounts.
CREATE OR REPLACE FUNCTION law_study_attendance_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM 1 FROM law_study_sessions WHERE id IN (SELECT session_id FROM old_rows) ORDER BY id FOR UPDATE;
    UPDATE law_study_sessions s
       SET present_count = s.present_count - d.present, absent_count = s.absent_count - d.absent
      FROM (SELECT session_id, count(*) FILTER (WHERE is_present)::int AS present, count(*) FILTER (WHERE NOT is_present)::int AS absent
              FROM old_rows GROUP BY session_id) d
     WHERE s.id = d.session_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM 1 FROM law_study_sessions WHERE id IN (SELECT session_id FROM new_rows) ORDER BY id FOR UPDATE;
    UPDATE law_study_sessions s
       SET present_count = s.present_count + d.present, absent_count = s.absent_count + d.absent
      FROM (SELECT session_id, count(*) FILTER (WHERE is_present)::int AS present, count(*) FILTER (WHERE NOT is_present)::int AS absent
              FROM new_rows GROUP BY session_id) d
     WHERE s.id = d.session_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER law_study_attendances_counts_insert AFTER INSERT ON law_study_attendances
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION law_study_attendance_counts();
--> statement-breakpoint
CREATE TRIGGER law_study_attendances_counts_update AFTER UPDATE ON law_study_attendances
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION law_study_attendance_counts();
--> statement-breakpoint
CREATE TRIGGER law_study_attendances_counts_delete AFTER DELETE ON law_study_attendances
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION law_study_attendance_counts();
--> statement-breakpoint
UPDATE law_study_sessions s
   SET present_count = c.present, absent_count = c.absent
  FROM (
    SELECT s2.id,
           count(a.id) FILTER (WHERE a.is_present)::int AS present,
           count(a.id) FILTER (WHERE NOT a.is_present)::int AS absent
      FROM law_study_sessions s2
      LEFT JOIN law_study_attendances a ON a.session_id = s2.id
     GROUP BY s2.id
  ) c
 WHERE s.id = c.id AND (s.present_count, s.absent_count) IS DISTINCT FROM (c.present, c.absent);
