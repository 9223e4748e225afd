CREATE TABLE "publicity_activities" (
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
	"date" date NOT NULL,
	"title" text NOT NULL,
	"campaign_id" uuid,
	"duty_item_id" uuid,
	"venue_type" text NOT NULL,
	"village_id" uuid,
	"channel" text NOT NULL,
	"audience_type" text,
	"audience_count" integer DEFAULT 0 NOT NULL,
	"materials_count" integer DEFAULT 0 NOT NULL,
	"case_reference" text,
	"case_entity_type" text,
	"case_entity_id" uuid,
	"summary" text,
	CONSTRAINT "publicity_activities_counts_check" CHECK ("publicity_activities"."audience_count" >= 0 and "publicity_activities"."materials_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "publicity_campaigns" (
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
	"theme" text NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"notes" text,
	CONSTRAINT "publicity_campaigns_dates_check" CHECK ("publicity_campaigns"."end_date" >= "publicity_campaigns"."start_date")
);
--> statement-breakpoint
CREATE TABLE "publicity_duty_items" (
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
	"laws" text NOT NULL,
	"audience_types" text[] NOT NULL,
	"measures" text NOT NULL,
	"planned_months" integer[] NOT NULL,
	"responsible" text
);
--> statement-breakpoint
CREATE INDEX "publicity_activities_township_date_idx" ON "publicity_activities" USING btree ("township_id","date");--> statement-breakpoint
CREATE INDEX "publicity_activities_village_idx" ON "publicity_activities" USING btree ("village_id","date");--> statement-breakpoint
CREATE INDEX "publicity_activities_duty_item_idx" ON "publicity_activities" USING btree ("duty_item_id");--> statement-breakpoint
CREATE INDEX "publicity_activities_campaign_idx" ON "publicity_activities" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "publicity_campaigns_township_year_idx" ON "publicity_campaigns" USING btree ("township_id","year");--> statement-breakpoint
CREATE INDEX "publicity_duty_items_township_year_idx" ON "publicity_duty_items" USING btree ("township_id","year","org_id");