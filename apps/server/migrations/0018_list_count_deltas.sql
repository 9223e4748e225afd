CREATE TABLE "list_count_deltas" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_count_deltas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"list" text NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "list_count_deltas_idx" ON "list_count_deltas" USING btree ("list","township_id","org_id");--> statement-breakpoint
-- hand-written (issue 10): the first page of the people, accounts, files and audit lists reads its
-- total from list_count_deltas instead of counting up to 10,000 index entries (docs/adr/0010). One
-- statement trigger per table appends, in the writing transaction, one delta per (township, org) the
-- statement changed among the rows the list shows (arguments: list name, org column or 'null', the
-- list's base condition — the same three facts as COUNTED_LISTS in list-counts.ts). Appending locks
-- nothing another writer waits for. Then the backfill, the same SQL as recomputeListCounts.
CREATE OR REPLACE FUNCTION list_count_deltas_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_sql text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    rows_sql := format('SELECT township_id, %1$s AS org_id, 1 AS d FROM new_rows WHERE %2$s', TG_ARGV[1], TG_ARGV[2]);
  ELSIF TG_OP = 'DELETE' THEN
    rows_sql := format('SELECT township_id, %1$s AS org_id, -1 AS d FROM old_rows WHERE %2$s', TG_ARGV[1], TG_ARGV[2]);
  ELSE
    rows_sql := format('SELECT township_id, %1$s AS org_id, 1 AS d FROM new_rows WHERE %2$s
                        UNION ALL SELECT township_id, %1$s, -1 FROM old_rows WHERE %2$s', TG_ARGV[1], TG_ARGV[2]);
  END IF;
  EXECUTE format('INSERT INTO list_count_deltas (list, township_id, org_id, n)
                  SELECT %L, coalesce(township_id, %L::uuid), coalesce(org_id, %L::uuid), sum(d) FROM (%s) c
                  GROUP BY 1, 2, 3 HAVING sum(d) <> 0',
                 TG_ARGV[0], '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', rows_sql);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER people_list_count_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('people', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER people_list_count_update AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('people', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER people_list_count_delete AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('people', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER users_list_count_insert AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('users', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER users_list_count_update AFTER UPDATE ON users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('users', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER users_list_count_delete AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('users', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER files_list_count_insert AFTER INSERT ON files REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('files', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER files_list_count_update AFTER UPDATE ON files REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('files', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER files_list_count_delete AFTER DELETE ON files REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('files', 'org_id', 'deleted_at is null');
--> statement-breakpoint
CREATE TRIGGER audit_log_list_count_insert AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_count_deltas_append('audit', 'null::uuid', 'true');
--> statement-breakpoint
INSERT INTO list_count_deltas (list, township_id, org_id, n)
SELECT 'people', township_id, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM people WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'users', coalesce(township_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM users WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'files', coalesce(township_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*) FROM files WHERE deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'audit', coalesce(township_id, '00000000-0000-0000-0000-000000000000'::uuid), '00000000-0000-0000-0000-000000000000'::uuid, count(*) FROM audit_log GROUP BY 1, 2, 3;
