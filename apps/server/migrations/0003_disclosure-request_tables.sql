CREATE TABLE "disclosure_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "disclosure_requests" (
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
	"number" text NOT NULL,
	"tracking_secret_hash" text,
	"channel" text NOT NULL,
	"arrived_on" date NOT NULL,
	"confirmed_on" date,
	"received_on" date,
	"receipt_rule_zh" text NOT NULL,
	"status" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"contact_person" text,
	"id_number_enc" text,
	"id_number_masked" text,
	"id_number_hash" text,
	"credit_code" text,
	"phone_enc" text,
	"phone_masked" text,
	"address_enc" text,
	"address_masked" text,
	"email" text,
	"description" text NOT NULL,
	"forms" text[] NOT NULL,
	"delivery_method" text NOT NULL,
	"handler_id" uuid,
	"reply_due_on" date,
	"clock_text_zh" text,
	"extension_days" integer,
	"extension_reason" text,
	"extension_requested_by" uuid,
	"extension_approved_by" uuid,
	"extension_approved_on" date,
	"extension_notified_on" date,
	"outcome" text,
	"reasons" text,
	"published_location" text,
	"responsible_agency" text,
	"letter_text" text,
	"letter_issued_at" timestamp with time zone,
	"closed_on" date,
	"delivered_by" text,
	"delivered_on" date,
	"delivery_note" text,
	CONSTRAINT "disclosure_requests_status_check" CHECK ("disclosure_requests"."status" in ('awaitingConfirmation', 'inProgress', 'awaitingCorrection', 'consulting', 'replied'))
);
--> statement-breakpoint
CREATE TABLE "disclosure_reviews" (
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
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filed_on" date NOT NULL,
	"authority" text,
	"result" text NOT NULL,
	"decided_on" date,
	"note" text,
	CONSTRAINT "disclosure_reviews_kind_check" CHECK ("disclosure_reviews"."kind" in ('review', 'litigationDirect', 'litigationAfterReview')),
	CONSTRAINT "disclosure_reviews_result_check" CHECK ("disclosure_reviews"."result" in ('maintained', 'corrected', 'other', 'pending'))
);
--> statement-breakpoint
ALTER TABLE "disclosure_request_events" ADD CONSTRAINT "disclosure_request_events_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_reviews" ADD CONSTRAINT "disclosure_reviews_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_request_events_request_idx" ON "disclosure_request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_requests_number_uq" ON "disclosure_requests" USING btree ("township_id","number");--> statement-breakpoint
CREATE INDEX "disclosure_requests_township_received_idx" ON "disclosure_requests" USING btree ("township_id","received_on");--> statement-breakpoint
CREATE INDEX "disclosure_requests_township_status_idx" ON "disclosure_requests" USING btree ("township_id","status") WHERE "disclosure_requests"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "disclosure_reviews_township_filed_idx" ON "disclosure_reviews" USING btree ("township_id","filed_on");--> statement-breakpoint
CREATE INDEX "disclosure_reviews_request_idx" ON "disclosure_reviews" USING btree ("request_id");