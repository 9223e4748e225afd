DROP INDEX "audit_entity_idx";--> statement-breakpoint
DROP INDEX "audit_actor_idx";--> statement-breakpoint
DROP INDEX "audit_township_at_idx";--> statement-breakpoint
DROP INDEX "files_entity_idx";--> statement-breakpoint
DROP INDEX "notifications_user_idx";--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at","seq");--> statement-breakpoint
CREATE INDEX "audit_actor_at_idx" ON "audit_log" USING btree ("actor_id","at","seq");--> statement-breakpoint
CREATE INDEX "audit_entity_at_idx" ON "audit_log" USING btree ("entity_type","entity_id","at","seq");--> statement-breakpoint
CREATE INDEX "deadlines_open_list_idx" ON "deadlines" USING btree ("township_id",coalesce("due_date", '9999-12-31'::date),"title","id") WHERE "deadlines"."status" = 'open' and "deadlines"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "files_township_list_idx" ON "files" USING btree ("township_id","created_at","id") WHERE "files"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id",("read_at" is null),"created_at","id");--> statement-breakpoint
CREATE INDEX "audit_township_at_idx" ON "audit_log" USING btree ("township_id","at","seq");--> statement-breakpoint
CREATE INDEX "files_entity_idx" ON "files" USING btree ("entity_type","entity_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at","id");