CREATE TABLE "law_study_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"person_id" uuid NOT NULL,
	"post" text NOT NULL,
	"appointed_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_study_attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"is_present" boolean NOT NULL,
	"absence_reason" text
);
--> statement-breakpoint
CREATE TABLE "law_study_exam_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"exam_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"score" numeric(6, 1),
	"is_absent" boolean DEFAULT false NOT NULL,
	CONSTRAINT "law_study_exam_scores_check" CHECK ("law_study_exam_scores"."is_absent" or "law_study_exam_scores"."score" is not null)
);
--> statement-breakpoint
CREATE TABLE "law_study_exams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"full_mark" numeric(6, 1) NOT NULL,
	"pass_mark" numeric(6, 1) NOT NULL,
	CONSTRAINT "law_study_exams_kind_check" CHECK ("law_study_exams"."kind" in ('general', 'preAppointment'))
);
--> statement-breakpoint
CREATE TABLE "law_study_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"target_id" uuid,
	"sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_study_laws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_study_self_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"studied_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"source" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"import_key" text,
	CONSTRAINT "law_study_self_studies_status_check" CHECK ("law_study_self_studies"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "law_study_self_studies_kind_check" CHECK ("law_study_self_studies"."kind" in ('selfStudy', 'online'))
);
--> statement-breakpoint
CREATE TABLE "law_study_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"speaker" text,
	"place" text,
	"materials" text,
	"law_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"import_key" text,
	CONSTRAINT "law_study_sessions_hours_check" CHECK ("law_study_sessions"."hours" > 0)
);
--> statement-breakpoint
ALTER TABLE "law_study_attendances" ADD CONSTRAINT "law_study_attendances_session_id_law_study_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."law_study_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_study_exam_scores" ADD CONSTRAINT "law_study_exam_scores_exam_id_law_study_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."law_study_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "law_study_appointments_township_idx" ON "law_study_appointments" USING btree ("township_id","appointed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_attendances_uq" ON "law_study_attendances" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE INDEX "law_study_attendances_person_idx" ON "law_study_attendances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "law_study_attendances_township_idx" ON "law_study_attendances" USING btree ("township_id");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_exam_scores_uq" ON "law_study_exam_scores" USING btree ("exam_id","person_id");--> statement-breakpoint
CREATE INDEX "law_study_exam_scores_person_idx" ON "law_study_exam_scores" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "law_study_exams_township_held_idx" ON "law_study_exams" USING btree ("township_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_imports_file_uq" ON "law_study_imports" USING btree ("township_id","kind",coalesce("target_id", '00000000-0000-0000-0000-000000000000'::uuid),"sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_laws_name_uq" ON "law_study_laws" USING btree ("township_id","name") WHERE "law_study_laws"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "law_study_self_studies_person_idx" ON "law_study_self_studies" USING btree ("person_id","studied_on");--> statement-breakpoint
CREATE INDEX "law_study_self_studies_township_idx" ON "law_study_self_studies" USING btree ("township_id","studied_on");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_self_studies_import_key_uq" ON "law_study_self_studies" USING btree ("township_id","import_key") WHERE "law_study_self_studies"."deleted_at" is null and "law_study_self_studies"."import_key" is not null;--> statement-breakpoint
CREATE INDEX "law_study_sessions_township_held_idx" ON "law_study_sessions" USING btree ("township_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "law_study_sessions_import_key_uq" ON "law_study_sessions" USING btree ("township_id","import_key") WHERE "law_study_sessions"."deleted_at" is null and "law_study_sessions"."import_key" is not null;