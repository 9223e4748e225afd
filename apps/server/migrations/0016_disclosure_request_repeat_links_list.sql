CREATE TABLE "disclosure_request_repeat_links" (
	"request_id" uuid NOT NULL,
	"earlier_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"similarity" real NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_request_repeat_links_request_id_earlier_id_pk" PRIMARY KEY("request_id","earlier_id"),
	CONSTRAINT "disclosure_request_repeat_links_not_self" CHECK ("disclosure_request_repeat_links"."request_id" <> "disclosure_request_repeat_links"."earlier_id")
);
--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "is_repeat_candidate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_request_repeat_links" ADD CONSTRAINT "disclosure_request_repeat_links_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_request_repeat_links" ADD CONSTRAINT "disclosure_request_repeat_links_earlier_id_disclosure_requests_id_fk" FOREIGN KEY ("earlier_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_request_repeat_links_earlier_idx" ON "disclosure_request_repeat_links" USING btree ("earlier_id");--> statement-breakpoint
CREATE INDEX "disclosure_request_repeat_links_township_idx" ON "disclosure_request_repeat_links" USING btree ("township_id");--> statement-breakpoint
CREATE INDEX "disclosure_requests_list_idx" ON "disclosure_requests" USING btree ("township_id","arrived_on","number","id") WHERE "disclosure_requests"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "disclosure_requests_repeat_list_idx" ON "disclosure_requests" USING btree ("township_id","arrived_on","number","id") WHERE "disclosure_requests"."deleted_at" is null and "disclosure_requests"."is_repeat_candidate";--> statement-breakpoint
CREATE INDEX "disclosure_requests_open_due_idx" ON "disclosure_requests" USING btree ("township_id","reply_due_on") WHERE "disclosure_requests"."deleted_at" is null and "disclosure_requests"."status" <> 'replied';
-- hand-written (issue 10): requests registered before this migration have no repeat links and no
-- repeat flag yet. The similarity (bigram Jaccard of the normalised description, packages/domain
-- repeat-requests.ts) is computed in TypeScript, not SQL, so the backfill is not a statement here:
-- after migrating, run recomputeRepeatLinks(db) (apps/server/src/modules/disclosure-request/repository.ts,
-- exported by the module's index.ts) once; it is idempotent. Until then the list's 重复 flag shows only
-- links found since.
