CREATE TYPE "public"."round_occasion" AS ENUM('cabinet_decision', 'legislative_period', 'ad_hoc');--> statement-breakpoint
CREATE TYPE "public"."round_recommendation" AS ENUM('continue', 'convert_sectoral', 'keep_dormant', 'examine_reactivation', 'end', 'establish', 'not_establish');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('draft', 'scoring', 'review', 'closed');--> statement-breakpoint
CREATE TYPE "public"."score_state" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."weight_method" AS ENUM('equal', 'direct', 'ahp');--> statement-breakpoint
CREATE TABLE "evaluation_assessors" (
	"round_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "evaluation_assessors_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"guidance" text NOT NULL,
	"guidance_en" text,
	"anchors" jsonb NOT NULL,
	"goal_id" integer,
	"rating" double precision,
	"weight" double precision NOT NULL,
	CONSTRAINT "evaluation_criteria_round_key" UNIQUE("round_id","key"),
	CONSTRAINT "evaluation_criteria_key_format" CHECK ("evaluation_criteria"."key" ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
	CONSTRAINT "evaluation_criteria_name_not_blank" CHECK (length(trim("evaluation_criteria"."name")) > 0),
	CONSTRAINT "evaluation_criteria_weight_range" CHECK ("evaluation_criteria"."weight" >= 0 and "evaluation_criteria"."weight" <= 1),
	CONSTRAINT "evaluation_criteria_rating_nonnegative" CHECK ("evaluation_criteria"."rating" is null or "evaluation_criteria"."rating" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	"decision" "round_recommendation" NOT NULL,
	"decided_on" date NOT NULL,
	"body" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status_change_id" integer,
	"recorded_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_decisions_status_change_id_unique" UNIQUE("status_change_id"),
	CONSTRAINT "evaluation_decisions_once" UNIQUE("round_id","partnership_id"),
	CONSTRAINT "evaluation_decisions_body_not_blank" CHECK (length(trim("evaluation_decisions"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_recommendations" (
	"round_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	"recommendation" "round_recommendation" NOT NULL,
	"justification" text NOT NULL,
	"updated_by_user_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_recommendations_round_id_partnership_id_pk" PRIMARY KEY("round_id","partnership_id"),
	CONSTRAINT "evaluation_recommendations_justified" CHECK (length(trim("evaluation_recommendations"."justification")) > 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"message" text NOT NULL,
	"sent_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_round_ministries" (
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "evaluation_round_ministries_round_id_organisation_id_pk" PRIMARY KEY("round_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_round_partnerships" (
	"round_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	"status_at_start" "partnership_status" NOT NULL,
	CONSTRAINT "evaluation_round_partnerships_round_id_partnership_id_pk" PRIMARY KEY("round_id","partnership_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_rounds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"occasion" "round_occasion" NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" "round_status" DEFAULT 'draft' NOT NULL,
	"scoring_deadline" date NOT NULL,
	"report_deadline" date,
	"scale_min" integer DEFAULT 0 NOT NULL,
	"scale_max" integer DEFAULT 4 NOT NULL,
	"weight_method" "weight_method" DEFAULT 'equal' NOT NULL,
	"pairwise_judgements" jsonb,
	"smaa_seed" bigint NOT NULL,
	"smaa_samples" integer DEFAULT 10000 NOT NULL,
	"smaa_concentration" double precision DEFAULT 100 NOT NULL,
	"previous_round_id" integer,
	"corrects_round_id" integer,
	"created_by_user_id" integer,
	"scoring_started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_rounds_key_unique" UNIQUE("key"),
	CONSTRAINT "evaluation_rounds_corrects_round_id_unique" UNIQUE("corrects_round_id"),
	CONSTRAINT "evaluation_rounds_name_not_blank" CHECK (length(trim("evaluation_rounds"."name")) > 0),
	CONSTRAINT "evaluation_rounds_key_format" CHECK ("evaluation_rounds"."key" ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
	CONSTRAINT "evaluation_rounds_period_order" CHECK ("evaluation_rounds"."period_to" >= "evaluation_rounds"."period_from"),
	CONSTRAINT "evaluation_rounds_scale" CHECK ("evaluation_rounds"."scale_min" >= 0 and "evaluation_rounds"."scale_max" > "evaluation_rounds"."scale_min" and "evaluation_rounds"."scale_max" <= 10),
	CONSTRAINT "evaluation_rounds_smaa_samples" CHECK ("evaluation_rounds"."smaa_samples" between 100 and 1000000),
	CONSTRAINT "evaluation_rounds_smaa_seed" CHECK ("evaluation_rounds"."smaa_seed" between 0 and 4294967295),
	CONSTRAINT "evaluation_rounds_smaa_concentration" CHECK ("evaluation_rounds"."smaa_concentration" > 0),
	CONSTRAINT "evaluation_rounds_closed" CHECK (("evaluation_rounds"."status" = 'closed') = ("evaluation_rounds"."closed_at" is not null)),
	CONSTRAINT "evaluation_rounds_not_own_previous" CHECK ("evaluation_rounds"."previous_round_id" <> "evaluation_rounds"."id"),
	CONSTRAINT "evaluation_rounds_not_own_correction" CHECK ("evaluation_rounds"."corrects_round_id" <> "evaluation_rounds"."id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"partnership_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"assessor_user_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"value" integer,
	"justification" text DEFAULT '' NOT NULL,
	"state" "score_state" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_scores_one_per_assessor" UNIQUE("round_id","partnership_id","criterion_id","assessor_user_id"),
	CONSTRAINT "evaluation_scores_submitted" CHECK (("evaluation_scores"."state" = 'submitted') = ("evaluation_scores"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_exactly_one_subject";--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "evaluation_criterion_id" integer;--> statement-breakpoint
ALTER TABLE "partnership_status_changes" ADD COLUMN "evaluation_round_id" integer;--> statement-breakpoint
ALTER TABLE "evaluation_assessors" ADD CONSTRAINT "evaluation_assessors_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessors" ADD CONSTRAINT "evaluation_assessors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessors" ADD CONSTRAINT "evaluation_assessors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD CONSTRAINT "evaluation_criteria_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criteria" ADD CONSTRAINT "evaluation_criteria_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_decisions" ADD CONSTRAINT "evaluation_decisions_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_decisions" ADD CONSTRAINT "evaluation_decisions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_decisions" ADD CONSTRAINT "evaluation_decisions_status_change_id_partnership_status_changes_id_fk" FOREIGN KEY ("status_change_id") REFERENCES "public"."partnership_status_changes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_decisions" ADD CONSTRAINT "evaluation_decisions_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_recommendations" ADD CONSTRAINT "evaluation_recommendations_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_recommendations" ADD CONSTRAINT "evaluation_recommendations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_recommendations" ADD CONSTRAINT "evaluation_recommendations_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reminders" ADD CONSTRAINT "evaluation_reminders_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reminders" ADD CONSTRAINT "evaluation_reminders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reminders" ADD CONSTRAINT "evaluation_reminders_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_ministries" ADD CONSTRAINT "evaluation_round_ministries_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_ministries" ADD CONSTRAINT "evaluation_round_ministries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_partnerships" ADD CONSTRAINT "evaluation_round_partnerships_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_partnerships" ADD CONSTRAINT "evaluation_round_partnerships_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_previous_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("previous_round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_corrects_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("corrects_round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_criterion_id_evaluation_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."evaluation_criteria"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_assessors_user_idx" ON "evaluation_assessors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "evaluation_criteria_round_idx" ON "evaluation_criteria" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "evaluation_reminders_round_idx" ON "evaluation_reminders" USING btree ("round_id","organisation_id");--> statement-breakpoint
CREATE INDEX "evaluation_round_partnerships_partnership_idx" ON "evaluation_round_partnerships" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "evaluation_scores_round_idx" ON "evaluation_scores" USING btree ("round_id","partnership_id");--> statement-breakpoint
CREATE INDEX "evaluation_scores_assessor_idx" ON "evaluation_scores" USING btree ("assessor_user_id");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_evaluation_criterion_id_evaluation_criteria_id_fk" FOREIGN KEY ("evaluation_criterion_id") REFERENCES "public"."evaluation_criteria"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_status_changes" ADD CONSTRAINT "partnership_status_changes_evaluation_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("evaluation_round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citations_evaluation_criterion_idx" ON "citations" USING btree ("evaluation_criterion_id") WHERE "citations"."evaluation_criterion_id" is not null;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_exactly_one_subject" CHECK (num_nonnulls("citations"."strategy_version_id", "citations"."goal_id", "citations"."instrument_id", "citations"."measure_id", "citations"."focus_designation_id", "citations"."organisation_id", "citations"."partnership_id", "citations"."status_change_id", "citations"."agreement_id", "citations"."working_group_id", "citations"."activity_id", "citations"."conflict_claim_id", "citations"."evaluation_criterion_id") = 1);
--> statement-breakpoint
-- A closed evaluation round is immutable: neither it nor its criteria, scope, ministries,
-- assessors, scores or recommendations may change. A correction is a new, linked round.
CREATE FUNCTION evaluation_round_refuse_change_when_closed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'closed' THEN
    RAISE EXCEPTION 'evaluation round % is closed: % is not allowed', OLD.key, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evaluation_rounds_immutable_when_closed
  BEFORE UPDATE OR DELETE ON evaluation_rounds
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_refuse_change_when_closed();
--> statement-breakpoint
CREATE FUNCTION evaluation_round_part_refuse_change_when_closed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  round_ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN round_ids := ARRAY[NEW.round_id];
  ELSIF TG_OP = 'DELETE' THEN round_ids := ARRAY[OLD.round_id];
  ELSE round_ids := ARRAY[OLD.round_id, NEW.round_id];
  END IF;
  IF EXISTS (SELECT 1 FROM evaluation_rounds WHERE id = ANY(round_ids) AND status = 'closed') THEN
    RAISE EXCEPTION 'evaluation round is closed: % on % is not allowed', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evaluation_criteria_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_criteria
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
--> statement-breakpoint
CREATE TRIGGER evaluation_round_partnerships_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_round_partnerships
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
--> statement-breakpoint
CREATE TRIGGER evaluation_round_ministries_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_round_ministries
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
--> statement-breakpoint
CREATE TRIGGER evaluation_assessors_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_assessors
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
--> statement-breakpoint
CREATE TRIGGER evaluation_scores_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_scores
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
--> statement-breakpoint
CREATE TRIGGER evaluation_recommendations_immutable_when_closed
  BEFORE INSERT OR UPDATE OR DELETE ON evaluation_recommendations
  FOR EACH ROW EXECUTE FUNCTION evaluation_round_part_refuse_change_when_closed();
