CREATE TABLE "disclosure_annual_reports" (
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
	"year" integer NOT NULL,
	"table2" jsonb NOT NULL,
	"narrative" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"cross_year_explanation" text,
	"snapshot" jsonb,
	CONSTRAINT "disclosure_annual_reports_status_check" CHECK ("disclosure_annual_reports"."status" in ('draft', 'published')),
	CONSTRAINT "disclosure_annual_reports_published_check" CHECK (("disclosure_annual_reports"."status" = 'published') = ("disclosure_annual_reports"."snapshot" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_annual_reports_year_uq" ON "disclosure_annual_reports" USING btree ("township_id","year") WHERE "disclosure_annual_reports"."deleted_at" is null;