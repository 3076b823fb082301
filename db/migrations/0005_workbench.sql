CREATE TYPE "public"."import_run_status" AS ENUM('checked', 'imported', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."proposal_kind" AS ENUM('new_activity', 'correction');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('submitted', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "measure_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measure_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"measure_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" text,
	"reached_on" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_milestones_position" UNIQUE("measure_id","position"),
	CONSTRAINT "measure_milestones_title_not_blank" CHECK (length(trim("measure_milestones"."title")) > 0),
	CONSTRAINT "measure_milestones_due_on_format" CHECK ("measure_milestones"."due_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "measure_milestones_reached_on_format" CHECK ("measure_milestones"."reached_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$')
);
--> statement-breakpoint
CREATE TABLE "agreement_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_documents_size_positive" CHECK ("agreement_documents"."size_bytes" > 0),
	CONSTRAINT "agreement_documents_sha256_hex" CHECK ("agreement_documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "agreement_documents_media_type" CHECK ("agreement_documents"."media_type" in ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"row_count" integer NOT NULL,
	"report" jsonb NOT NULL,
	"status" "import_run_status" DEFAULT 'checked' NOT NULL,
	"imported_count" integer,
	"skipped_rows" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_runs_row_count_nonnegative" CHECK ("import_runs"."row_count" >= 0),
	CONSTRAINT "import_runs_finished" CHECK (("import_runs"."status" = 'checked') = ("import_runs"."finished_at" is null))
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "proposal_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"subject_ref" text,
	"submitted_by_user_id" integer NOT NULL,
	"organisation_id" integer,
	"status" "proposal_status" DEFAULT 'submitted' NOT NULL,
	"reviewed_by_user_id" integer,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_title_not_blank" CHECK (length(trim("proposals"."title")) > 0),
	CONSTRAINT "proposals_body_not_blank" CHECK (length(trim("proposals"."body")) > 0),
	CONSTRAINT "proposals_review_complete" CHECK (("proposals"."status" = 'submitted') = ("proposals"."reviewed_at" is null and "proposals"."reviewed_by_user_id" is null)),
	CONSTRAINT "proposals_rejection_has_note" CHECK ("proposals"."status" <> 'rejected' or length(trim("proposals"."review_note")) > 0)
);
--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "progress_percent" integer;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "working_group_id" integer;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "ical_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "measure_milestones" ADD CONSTRAINT "measure_milestones_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_documents_agreement_idx" ON "agreement_documents" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "import_runs_user_idx" ON "import_runs" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "proposals_submitted_by_idx" ON "proposals" USING btree ("submitted_by_user_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_working_group_idx" ON "activities" USING btree ("working_group_id");--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_progress_percent_range" CHECK ("measures"."progress_percent" between 0 and 100);--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_progress_needs_status" CHECK ("measures"."progress_percent" is null or "measures"."status" is not null);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_ical_sequence_nonnegative" CHECK ("activities"."ical_sequence" >= 0);