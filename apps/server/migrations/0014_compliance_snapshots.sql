CREATE TABLE "compliance_snapshots" (
	"township_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"rules_key" text NOT NULL,
	"evaluations" jsonb NOT NULL,
	"org_counts" jsonb NOT NULL,
	CONSTRAINT "compliance_snapshots_township_id_year_pk" PRIMARY KEY("township_id","year")
);
