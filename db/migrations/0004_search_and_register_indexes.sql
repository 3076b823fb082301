ALTER TABLE "source_documents" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', "source_documents"."title" || ' ' || "source_documents"."content")) STORED;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', "activities"."title" || ' ' || coalesce("activities"."description", ''))) STORED;--> statement-breakpoint
CREATE INDEX "source_documents_search_idx" ON "source_documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "activities_partnership_status_starts_idx" ON "activities" USING btree ("partnership_id","status","starts_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "activities_search_idx" ON "activities" USING gin ("search");