CREATE TABLE "pd_bulletin_board_updates" (
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
	"board_id" uuid NOT NULL,
	"updated_on" date NOT NULL,
	"content_summary" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pd_bulletin_boards" (
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
	"location" text,
	"rhythm" text DEFAULT 'monthly' NOT NULL,
	"since_on" date NOT NULL,
	CONSTRAINT "pd_bulletin_boards_rhythm_check" CHECK ("pd_bulletin_boards"."rhythm" in ('monthly', 'quarterly'))
);
--> statement-breakpoint
CREATE TABLE "pd_catalog_items" (
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
	"code" text,
	"title_zh" text NOT NULL,
	"title_en" text,
	"category" text NOT NULL,
	"legal_basis" text NOT NULL,
	"time_limit_days" integer NOT NULL,
	"responsible_org_id" uuid,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_statutory" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pd_catalog_items_category_check" CHECK ("pd_catalog_items"."category" in ('decision', 'execution', 'management', 'service', 'result'))
);
--> statement-breakpoint
CREATE TABLE "pd_guide_settings" (
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
	"office_name" text NOT NULL,
	"address" text NOT NULL,
	"office_hours" text NOT NULL,
	"phone" text NOT NULL,
	"fax" text,
	"email" text,
	"online_contact" text,
	"postal_code" text,
	"fees_note" text,
	"extra_note" text
);
--> statement-breakpoint
CREATE TABLE "pd_publications" (
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
	"catalog_item_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"index_number" text,
	"doc_number" text,
	"formed_on" date NOT NULL,
	"published_on" date,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_limit_days" integer NOT NULL,
	"due_date" date NOT NULL,
	"due_explanation_zh" text NOT NULL,
	"is_provisional" boolean DEFAULT false NOT NULL,
	"is_late" boolean,
	"working_days_late" integer,
	"public_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pd_village_disclosures" (
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
	"period_key" text NOT NULL,
	"year" integer NOT NULL,
	"disclosed_on" date NOT NULL,
	"content_summary" text NOT NULL,
	CONSTRAINT "pd_village_disclosures_kind_check" CHECK ("pd_village_disclosures"."kind" in ('villageAffairs', 'partyAffairs'))
);
--> statement-breakpoint
CREATE INDEX "pd_bulletin_board_updates_board_idx" ON "pd_bulletin_board_updates" USING btree ("board_id","updated_on");--> statement-breakpoint
CREATE INDEX "pd_bulletin_board_updates_township_idx" ON "pd_bulletin_board_updates" USING btree ("township_id","updated_on");--> statement-breakpoint
CREATE UNIQUE INDEX "pd_bulletin_boards_org_uq" ON "pd_bulletin_boards" USING btree ("org_id") WHERE "pd_bulletin_boards"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "pd_bulletin_boards_township_idx" ON "pd_bulletin_boards" USING btree ("township_id");--> statement-breakpoint
CREATE INDEX "pd_catalog_items_township_idx" ON "pd_catalog_items" USING btree ("township_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "pd_catalog_items_code_uq" ON "pd_catalog_items" USING btree ("township_id","code") WHERE "pd_catalog_items"."deleted_at" is null and "pd_catalog_items"."code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "pd_guide_settings_township_uq" ON "pd_guide_settings" USING btree ("township_id") WHERE "pd_guide_settings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "pd_publications_township_published_idx" ON "pd_publications" USING btree ("township_id","published_on");--> statement-breakpoint
CREATE INDEX "pd_publications_township_item_idx" ON "pd_publications" USING btree ("township_id","catalog_item_id");--> statement-breakpoint
CREATE INDEX "pd_publications_township_org_idx" ON "pd_publications" USING btree ("township_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pd_village_disclosures_period_uq" ON "pd_village_disclosures" USING btree ("org_id","kind","period_key") WHERE "pd_village_disclosures"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "pd_village_disclosures_township_idx" ON "pd_village_disclosures" USING btree ("township_id","year");