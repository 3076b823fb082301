CREATE TYPE "public"."candidate_match" AS ENUM('new', 'recorded', 'conflict');--> statement-breakpoint
CREATE TYPE "public"."candidate_status" AS ENUM('open', 'accepted', 'merged', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."fact_type" AS ENUM('partnership_established', 'agreement_signed', 'status_changed', 'activity', 'office_opened');--> statement-breakpoint
ALTER TYPE "public"."source_kind" ADD VALUE 'letter';--> statement-breakpoint
ALTER TYPE "public"."source_kind" ADD VALUE 'parliamentary_paper';--> statement-breakpoint
CREATE TABLE "fact_candidates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fact_candidates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_document_id" integer NOT NULL,
	"type" "fact_type" NOT NULL,
	"fact" jsonb NOT NULL,
	"quote" text NOT NULL,
	"quote_at" integer NOT NULL,
	"confidence_pct" integer NOT NULL,
	"match" "candidate_match" DEFAULT 'new' NOT NULL,
	"match_ref" text,
	"partnership_id" integer,
	"organisation_id" integer,
	"status" "candidate_status" DEFAULT 'open' NOT NULL,
	"result" text,
	"reason" text,
	"decided_by_user_id" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fact_candidates_quote_not_blank" CHECK (length(trim("fact_candidates"."quote")) > 0),
	CONSTRAINT "fact_candidates_confidence_range" CHECK ("fact_candidates"."confidence_pct" between 0 and 100),
	CONSTRAINT "fact_candidates_decision_complete" CHECK (("fact_candidates"."status" = 'open') = ("fact_candidates"."decided_at" is null and "fact_candidates"."decided_by_user_id" is null)),
	CONSTRAINT "fact_candidates_rejection_has_reason" CHECK ("fact_candidates"."status" <> 'rejected' or length(trim("fact_candidates"."reason")) > 0),
	CONSTRAINT "fact_candidates_decision_has_result" CHECK ("fact_candidates"."status" not in ('accepted', 'merged') or "fact_candidates"."result" is not null)
);
--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "original_content" text;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "repairs" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "media_type" text DEFAULT 'text/plain' NOT NULL;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "visibility" "visibility" DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "organisation_id" integer;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "added_by_user_id" integer;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "fact_candidates" ADD CONSTRAINT "fact_candidates_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_candidates" ADD CONSTRAINT "fact_candidates_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_candidates" ADD CONSTRAINT "fact_candidates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_candidates" ADD CONSTRAINT "fact_candidates_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fact_candidates_source_idx" ON "fact_candidates" USING btree ("source_document_id");--> statement-breakpoint
CREATE INDEX "fact_candidates_status_idx" ON "fact_candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "fact_candidates_partnership_idx" ON "fact_candidates" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "fact_candidates_organisation_idx" ON "fact_candidates" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "source_documents_sha256_key" ON "source_documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "source_documents_visibility_idx" ON "source_documents" USING btree ("visibility");--> statement-breakpoint
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_content_not_blank" CHECK (length(trim("source_documents"."content")) > 0);