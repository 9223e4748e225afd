ALTER TABLE "calendar_years" ADD COLUMN "status" text DEFAULT 'provisional' NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD COLUMN "notice_date" date;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_status_check" CHECK ("calendar_years"."status" in ('official', 'provisional'));