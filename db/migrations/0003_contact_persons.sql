CREATE TYPE "public"."archive_decision" AS ENUM('accepted', 'declined');--> statement-breakpoint
CREATE TABLE "contact_persons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"name" text,
	"function" text,
	"email" text,
	"phone" text,
	"retention_until" date NOT NULL,
	"archive_offered_at" timestamp with time zone,
	"archive_decision" "archive_decision",
	"archive_decided_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_persons_named_until_anonymised" CHECK (("contact_persons"."anonymised_at" is null) = ("contact_persons"."name" is not null)),
	CONSTRAINT "contact_persons_anonymised_has_no_data" CHECK ("contact_persons"."anonymised_at" is null or ("contact_persons"."email" is null and "contact_persons"."phone" is null and "contact_persons"."function" is null)),
	CONSTRAINT "contact_persons_decision_after_offer" CHECK ("contact_persons"."archive_decision" is null or "contact_persons"."archive_offered_at" is not null),
	CONSTRAINT "contact_persons_anonymised_after_decision" CHECK ("contact_persons"."anonymised_at" is null or "contact_persons"."archive_decision" is not null)
);
--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_persons_organisation_idx" ON "contact_persons" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "contact_persons_retention_idx" ON "contact_persons" USING btree ("retention_until") WHERE "contact_persons"."anonymised_at" is null;