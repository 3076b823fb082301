CREATE TYPE "public"."activity_kind" AS ENUM('delegation_trip', 'delegation_received', 'fair', 'conference', 'project', 'working_group_meeting', 'exchange', 'aid_delivery', 'signing', 'training');--> statement-breakpoint
CREATE TYPE "public"."activity_status" AS ENUM('planned', 'confirmed', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."agreement_kind" AS ENUM('joint_declaration', 'memorandum_of_understanding', 'declaration_of_intent', 'partnership_agreement');--> statement-breakpoint
CREATE TYPE "public"."commitment_level" AS ENUM('sollen', 'koennten', 'werden');--> statement-breakpoint
CREATE TYPE "public"."conflict_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."focus_field" AS ENUM('skilled_worker_countries', 'trade_partners', 'development_cooperation', 'sectoral_partnership_sectors', 'investment_sectors', 'development_economic_sectors', 'dialogue_formats');--> statement-breakpoint
CREATE TYPE "public"."measure_status" AS ENUM('not_started', 'planned', 'in_progress', 'ongoing', 'completed', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('state_chancellery', 'ministry', 'state_authority', 'agency', 'chamber', 'business_association', 'university', 'research_institution', 'cultural_institution', 'foundation', 'municipality', 'ngo', 'partner_government', 'interministerial_body', 'network', 'other');--> statement-breakpoint
CREATE TYPE "public"."partnership_kind" AS ENUM('cross_border', 'regional', 'sectoral', 'liaison_office', 'representative_office', 'administrative_cooperation');--> statement-breakpoint
CREATE TYPE "public"."partnership_status" AS ENUM('under_examination', 'active', 'dormant', 'ended');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('country', 'region', 'city', 'macro_region');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('coordinator', 'ministry_editor', 'assessor', 'stakeholder', 'reader');--> statement-breakpoint
CREATE TYPE "public"."signatory_side" AS ENUM('saxony', 'partner');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('strategy', 'press_release', 'newspaper_article', 'agreement_text', 'decision', 'evaluation', 'other');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('public', 'internal', 'restricted');--> statement-breakpoint
CREATE TABLE "citations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "citations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_document_id" integer NOT NULL,
	"locator" text NOT NULL,
	"quote" text NOT NULL,
	"claim" text,
	"strategy_version_id" integer,
	"goal_id" integer,
	"instrument_id" integer,
	"measure_id" integer,
	"focus_designation_id" integer,
	"organisation_id" integer,
	"partnership_id" integer,
	"status_change_id" integer,
	"agreement_id" integer,
	"working_group_id" integer,
	"activity_id" integer,
	"conflict_claim_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citations_exactly_one_subject" CHECK (num_nonnulls("citations"."strategy_version_id", "citations"."goal_id", "citations"."instrument_id", "citations"."measure_id", "citations"."focus_designation_id", "citations"."organisation_id", "citations"."partnership_id", "citations"."status_change_id", "citations"."agreement_id", "citations"."working_group_id", "citations"."activity_id", "citations"."conflict_claim_id") = 1),
	CONSTRAINT "citations_quote_not_blank" CHECK (length(trim("citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "source_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "source_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"file_name" text NOT NULL,
	"kind" "source_kind" NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"published_on" text,
	"language" char(2) NOT NULL,
	"ocr" boolean DEFAULT false NOT NULL,
	"content" text NOT NULL,
	"sha256" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_documents_key_unique" UNIQUE("key"),
	CONSTRAINT "source_documents_published_on_format" CHECK ("source_documents"."published_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "source_documents_sha256_hex" CHECK ("source_documents"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"abbreviation" text,
	"parent_id" integer,
	"place_id" integer,
	CONSTRAINT "organisations_key_unique" UNIQUE("key"),
	CONSTRAINT "organisations_not_own_parent" CHECK ("organisations"."parent_id" <> "organisations"."id")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"kind" "place_kind" NOT NULL,
	"iso3166_1" char(2),
	"iso3166_2" text,
	"former_iso_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"nuts" text,
	"wikidata" text,
	"parent_id" integer,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"name_local" text NOT NULL,
	"local_lang" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	CONSTRAINT "places_key_unique" UNIQUE("key"),
	CONSTRAINT "places_iso3166_2_unique" UNIQUE("iso3166_2"),
	CONSTRAINT "places_wikidata_unique" UNIQUE("wikidata"),
	CONSTRAINT "places_iso3166_1_format" CHECK ("places"."iso3166_1" ~ '^[A-Z]{2}$'),
	CONSTRAINT "places_iso3166_2_format" CHECK ("places"."iso3166_2" ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
	CONSTRAINT "places_iso3166_2_in_country" CHECK ("places"."iso3166_2" is null or left("places"."iso3166_2", 2) = "places"."iso3166_1"),
	CONSTRAINT "places_country_has_code" CHECK ("places"."kind" <> 'country' or "places"."iso3166_1" is not null),
	CONSTRAINT "places_nuts_format" CHECK ("places"."nuts" ~ '^[A-Z]{2}[0-9A-Z]{0,3}$'),
	CONSTRAINT "places_wikidata_format" CHECK ("places"."wikidata" ~ '^Q[1-9][0-9]*$'),
	CONSTRAINT "places_lat_range" CHECK ("places"."lat" between -90 and 90),
	CONSTRAINT "places_lon_range" CHECK ("places"."lon" between -180 and 180),
	CONSTRAINT "places_point_complete" CHECK (("places"."lat" is null) = ("places"."lon" is null)),
	CONSTRAINT "places_not_own_parent" CHECK ("places"."parent_id" <> "places"."id")
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sectors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "sectors_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "focus_designations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "focus_designations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"strategy_version_id" integer NOT NULL,
	"field" "focus_field" NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"label_en" text NOT NULL,
	"place_id" integer,
	CONSTRAINT "focus_designations_version_field_position" UNIQUE("strategy_version_id","field","position")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"strategy_version_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	CONSTRAINT "goals_version_key" UNIQUE("strategy_version_id","key"),
	CONSTRAINT "goals_version_position" UNIQUE("strategy_version_id","position")
);
--> statement-breakpoint
CREATE TABLE "instrument_sub_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instrument_sub_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"instrument_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"measures_intro" text,
	CONSTRAINT "instrument_sub_areas_instrument_key" UNIQUE("instrument_id","key")
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instruments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"strategy_version_id" integer NOT NULL,
	"numeral" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"measures_intro" text,
	CONSTRAINT "instruments_version_numeral" UNIQUE("strategy_version_id","numeral"),
	CONSTRAINT "instruments_version_position" UNIQUE("strategy_version_id","position"),
	CONSTRAINT "instruments_numeral_roman" CHECK ("instruments"."numeral" ~ '^[IVXLC]+$')
);
--> statement-breakpoint
CREATE TABLE "measure_goals" (
	"measure_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	CONSTRAINT "measure_goals_measure_id_goal_id_pk" PRIMARY KEY("measure_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"strategy_version_id" integer NOT NULL,
	"instrument_id" integer NOT NULL,
	"sub_area_id" integer,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"commitment" "commitment_level" NOT NULL,
	"lead_organisation_id" integer,
	"status" "measure_status",
	"status_note" text,
	"status_updated_at" timestamp with time zone,
	"budget_reservation" boolean DEFAULT true NOT NULL,
	"footnote" text,
	CONSTRAINT "measures_version_key" UNIQUE("strategy_version_id","key"),
	CONSTRAINT "measures_instrument_position" UNIQUE("instrument_id","position")
);
--> statement-breakpoint
CREATE TABLE "strategy_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategy_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"short_title" text NOT NULL,
	"title_en" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"version" text NOT NULL,
	"adopted_on" text,
	"adopted_by" text NOT NULL,
	"source_document_id" integer NOT NULL,
	"coordination" text NOT NULL,
	"evaluation" text NOT NULL,
	"budget_reservation" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" char(64) NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_versions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "strategy_versions_adopted_on_format" CHECK ("strategy_versions"."adopted_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$')
);
--> statement-breakpoint
CREATE TABLE "agreement_signatories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_signatories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"organisation_id" integer,
	"side" "signatory_side" NOT NULL,
	CONSTRAINT "agreement_signatories_position" UNIQUE("agreement_id","position")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"partnership_id" integer,
	"kind" "agreement_kind" NOT NULL,
	"title" text NOT NULL,
	"signed_on" text,
	"signed_at_place_id" integer,
	"term_months" integer,
	"expires_on" text,
	"renews_agreement_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_key_unique" UNIQUE("key"),
	CONSTRAINT "agreements_renews_agreement_id_unique" UNIQUE("renews_agreement_id"),
	CONSTRAINT "agreements_signed_on_format" CHECK ("agreements"."signed_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "agreements_expires_on_format" CHECK ("agreements"."expires_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "agreements_term_positive" CHECK ("agreements"."term_months" > 0),
	CONSTRAINT "agreements_term_needs_signing_date" CHECK ("agreements"."term_months" is null or "agreements"."signed_on" is not null),
	CONSTRAINT "agreements_expiry_after_signing" CHECK ("agreements"."expires_on" is null or "agreements"."signed_on" is null or "agreements"."expires_on" > "agreements"."signed_on"),
	CONSTRAINT "agreements_not_own_renewal" CHECK ("agreements"."renews_agreement_id" <> "agreements"."id")
);
--> statement-breakpoint
CREATE TABLE "conflict_claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conflict_claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conflict_id" integer NOT NULL,
	"position" integer NOT NULL,
	"statement" text NOT NULL,
	"place_id" integer,
	CONSTRAINT "conflict_claims_position" UNIQUE("conflict_id","position")
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conflicts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"partnership_id" integer,
	"topic" text NOT NULL,
	"summary" text NOT NULL,
	"status" "conflict_status" DEFAULT 'open' NOT NULL,
	"resolution" text,
	CONSTRAINT "conflicts_key_unique" UNIQUE("key"),
	CONSTRAINT "conflicts_resolved_has_resolution" CHECK ("conflicts"."status" = 'open' or "conflicts"."resolution" is not null)
);
--> statement-breakpoint
CREATE TABLE "partnership_places" (
	"partnership_id" integer NOT NULL,
	"place_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "partnership_places_partnership_id_place_id_pk" PRIMARY KEY("partnership_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_sectors" (
	"partnership_id" integer NOT NULL,
	"sector_id" integer NOT NULL,
	CONSTRAINT "partnership_sectors_partnership_id_sector_id_pk" PRIMARY KEY("partnership_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_status_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnership_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"sequence" integer NOT NULL,
	"from_status" "partnership_status",
	"to_status" "partnership_status" NOT NULL,
	"effective_on" text,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by_user_id" integer,
	CONSTRAINT "partnership_status_changes_sequence" UNIQUE("partnership_id","sequence"),
	CONSTRAINT "partnership_status_changes_effective_on_format" CHECK ("partnership_status_changes"."effective_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "partnership_status_changes_changes_something" CHECK ("partnership_status_changes"."from_status" is distinct from "partnership_status_changes"."to_status"),
	CONSTRAINT "partnership_status_changes_first_has_no_predecessor" CHECK (("partnership_status_changes"."sequence" = 1) = ("partnership_status_changes"."from_status" is null)),
	CONSTRAINT "partnership_status_changes_reason_not_blank" CHECK (length(trim("partnership_status_changes"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnerships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" "partnership_kind" NOT NULL,
	"status" "partnership_status" NOT NULL,
	"since" text,
	"lead_organisation_id" integer,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_key_unique" UNIQUE("key"),
	CONSTRAINT "partnerships_since_format" CHECK ("partnerships"."since" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$')
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "working_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"partnership_id" integer NOT NULL,
	"established_by_agreement_id" integer,
	"purpose" text,
	CONSTRAINT "working_groups_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text,
	"kind" "activity_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_on" text,
	"ends_on" text,
	"organiser_id" integer,
	"partnership_id" integer,
	"status" "activity_status" NOT NULL,
	"visibility" "visibility" DEFAULT 'internal' NOT NULL,
	"budget_planned_cents" bigint,
	"budget_actual_cents" bigint,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_key_unique" UNIQUE("key"),
	CONSTRAINT "activities_starts_on_format" CHECK ("activities"."starts_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "activities_ends_on_format" CHECK ("activities"."ends_on" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "activities_ends_after_start" CHECK ("activities"."ends_on" is null or ("activities"."starts_on" is not null and "activities"."ends_on" >= "activities"."starts_on")),
	CONSTRAINT "activities_budget_planned_nonnegative" CHECK ("activities"."budget_planned_cents" >= 0),
	CONSTRAINT "activities_budget_actual_nonnegative" CHECK ("activities"."budget_actual_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_goals" (
	"activity_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	CONSTRAINT "activity_goals_activity_id_goal_id_pk" PRIMARY KEY("activity_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "activity_instruments" (
	"activity_id" integer NOT NULL,
	"instrument_id" integer NOT NULL,
	CONSTRAINT "activity_instruments_activity_id_instrument_id_pk" PRIMARY KEY("activity_id","instrument_id")
);
--> statement-breakpoint
CREATE TABLE "activity_measures" (
	"activity_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	CONSTRAINT "activity_measures_activity_id_measure_id_pk" PRIMARY KEY("activity_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"activity_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "activity_participants_activity_id_organisation_id_pk" PRIMARY KEY("activity_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "activity_places" (
	"activity_id" integer NOT NULL,
	"place_id" integer NOT NULL,
	CONSTRAINT "activity_places_activity_id_place_id_pk" PRIMARY KEY("activity_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "activity_sectors" (
	"activity_id" integer NOT NULL,
	"sector_id" integer NOT NULL,
	CONSTRAINT "activity_sectors_activity_id_sector_id_pk" PRIMARY KEY("activity_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "role" NOT NULL,
	"organisation_id" integer,
	"password_hash" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_shape" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "users_ministry_roles_need_organisation" CHECK ("users"."role" not in ('ministry_editor', 'assessor', 'stakeholder') or "users"."organisation_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_strategy_version_id_strategy_versions_id_fk" FOREIGN KEY ("strategy_version_id") REFERENCES "public"."strategy_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_focus_designation_id_focus_designations_id_fk" FOREIGN KEY ("focus_designation_id") REFERENCES "public"."focus_designations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_status_change_id_partnership_status_changes_id_fk" FOREIGN KEY ("status_change_id") REFERENCES "public"."partnership_status_changes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_conflict_claim_id_conflict_claims_id_fk" FOREIGN KEY ("conflict_claim_id") REFERENCES "public"."conflict_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_designations" ADD CONSTRAINT "focus_designations_strategy_version_id_strategy_versions_id_fk" FOREIGN KEY ("strategy_version_id") REFERENCES "public"."strategy_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_designations" ADD CONSTRAINT "focus_designations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_strategy_version_id_strategy_versions_id_fk" FOREIGN KEY ("strategy_version_id") REFERENCES "public"."strategy_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_sub_areas" ADD CONSTRAINT "instrument_sub_areas_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_strategy_version_id_strategy_versions_id_fk" FOREIGN KEY ("strategy_version_id") REFERENCES "public"."strategy_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_strategy_version_id_strategy_versions_id_fk" FOREIGN KEY ("strategy_version_id") REFERENCES "public"."strategy_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_sub_area_id_instrument_sub_areas_id_fk" FOREIGN KEY ("sub_area_id") REFERENCES "public"."instrument_sub_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_versions" ADD CONSTRAINT "strategy_versions_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatories" ADD CONSTRAINT "agreement_signatories_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatories" ADD CONSTRAINT "agreement_signatories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_signed_at_place_id_places_id_fk" FOREIGN KEY ("signed_at_place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_renews_agreement_id_agreements_id_fk" FOREIGN KEY ("renews_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_claims" ADD CONSTRAINT "conflict_claims_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_claims" ADD CONSTRAINT "conflict_claims_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_places" ADD CONSTRAINT "partnership_places_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_places" ADD CONSTRAINT "partnership_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_sectors" ADD CONSTRAINT "partnership_sectors_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_sectors" ADD CONSTRAINT "partnership_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_status_changes" ADD CONSTRAINT "partnership_status_changes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_status_changes" ADD CONSTRAINT "partnership_status_changes_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_established_by_agreement_id_agreements_id_fk" FOREIGN KEY ("established_by_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_instruments" ADD CONSTRAINT "activity_instruments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_instruments" ADD CONSTRAINT "activity_instruments_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_measures" ADD CONSTRAINT "activity_measures_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_measures" ADD CONSTRAINT "activity_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_places" ADD CONSTRAINT "activity_places_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_places" ADD CONSTRAINT "activity_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sectors" ADD CONSTRAINT "activity_sectors_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sectors" ADD CONSTRAINT "activity_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citations_source_document_idx" ON "citations" USING btree ("source_document_id");--> statement-breakpoint
CREATE INDEX "citations_strategy_version_idx" ON "citations" USING btree ("strategy_version_id") WHERE "citations"."strategy_version_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_goal_idx" ON "citations" USING btree ("goal_id") WHERE "citations"."goal_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_instrument_idx" ON "citations" USING btree ("instrument_id") WHERE "citations"."instrument_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_measure_idx" ON "citations" USING btree ("measure_id") WHERE "citations"."measure_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_focus_designation_idx" ON "citations" USING btree ("focus_designation_id") WHERE "citations"."focus_designation_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_organisation_idx" ON "citations" USING btree ("organisation_id") WHERE "citations"."organisation_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_partnership_idx" ON "citations" USING btree ("partnership_id") WHERE "citations"."partnership_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_status_change_idx" ON "citations" USING btree ("status_change_id") WHERE "citations"."status_change_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_agreement_idx" ON "citations" USING btree ("agreement_id") WHERE "citations"."agreement_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_working_group_idx" ON "citations" USING btree ("working_group_id") WHERE "citations"."working_group_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_activity_idx" ON "citations" USING btree ("activity_id") WHERE "citations"."activity_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_conflict_claim_idx" ON "citations" USING btree ("conflict_claim_id") WHERE "citations"."conflict_claim_id" is not null;--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_parent_idx" ON "organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organisations_place_idx" ON "organisations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "organisations_abbreviation_idx" ON "organisations" USING btree ("abbreviation");--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "places_iso3166_1_idx" ON "places" USING btree ("iso3166_1");--> statement-breakpoint
CREATE INDEX "places_former_iso_codes_idx" ON "places" USING gin ("former_iso_codes");--> statement-breakpoint
CREATE INDEX "focus_designations_place_idx" ON "focus_designations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "measure_goals_goal_idx" ON "measure_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "measures_lead_organisation_idx" ON "measures" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "measures_status_idx" ON "measures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreements_partnership_idx" ON "agreements" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "agreements_expires_on_idx" ON "agreements" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "conflicts_partnership_idx" ON "conflicts" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "partnership_places_place_idx" ON "partnership_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "partnership_sectors_sector_idx" ON "partnership_sectors" USING btree ("sector_id");--> statement-breakpoint
CREATE INDEX "partnerships_status_idx" ON "partnerships" USING btree ("status");--> statement-breakpoint
CREATE INDEX "partnerships_kind_idx" ON "partnerships" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "partnerships_lead_organisation_idx" ON "partnerships" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "working_groups_partnership_idx" ON "working_groups" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "activities_partnership_starts_idx" ON "activities" USING btree ("partnership_id","starts_on");--> statement-breakpoint
CREATE INDEX "activities_starts_on_idx" ON "activities" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "activities_organiser_idx" ON "activities" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "activities_kind_idx" ON "activities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "activity_goals_target_idx" ON "activity_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "activity_instruments_target_idx" ON "activity_instruments" USING btree ("instrument_id");--> statement-breakpoint
CREATE INDEX "activity_measures_target_idx" ON "activity_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "activity_participants_target_idx" ON "activity_participants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "activity_places_target_idx" ON "activity_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "activity_sectors_target_idx" ON "activity_sectors" USING btree ("sector_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));