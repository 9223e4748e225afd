-- hand-written (issue 10): several app processes on one database each cache "session -> identity, roles, scope"
-- (platform/auth/auth-cache.ts). A committed change to what that context is made of announces itself on the
-- channel yifa_auth_changed, and every process (platform/auth/auth-change-listener.ts) clears its cache at once.
-- Statement triggers: one notification per statement whatever the row count (bulk loads stay cheap), delivered
-- at commit only. Sessions: not on insert (a login changes nobody's cache) nor on the once-a-minute
-- last_seen_at touch, only when a session ends or its second factor is given.
CREATE OR REPLACE FUNCTION yifa_notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('yifa_auth_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;--> statement-breakpoint
DROP TRIGGER IF EXISTS users_auth_changed ON users;--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION yifa_notify_auth_changed();--> statement-breakpoint
DROP TRIGGER IF EXISTS roles_auth_changed ON roles;--> statement-breakpoint
CREATE TRIGGER roles_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles FOR EACH STATEMENT EXECUTE FUNCTION yifa_notify_auth_changed();--> statement-breakpoint
DROP TRIGGER IF EXISTS user_roles_auth_changed ON user_roles;--> statement-breakpoint
CREATE TRIGGER user_roles_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_roles FOR EACH STATEMENT EXECUTE FUNCTION yifa_notify_auth_changed();--> statement-breakpoint
DROP TRIGGER IF EXISTS orgs_auth_changed ON orgs;--> statement-breakpoint
CREATE TRIGGER orgs_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orgs FOR EACH STATEMENT EXECUTE FUNCTION yifa_notify_auth_changed();--> statement-breakpoint
DROP TRIGGER IF EXISTS sessions_auth_changed ON sessions;--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER DELETE OR UPDATE OF is_mfa_pending, csrf_token, user_id OR TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION yifa_notify_auth_changed();
