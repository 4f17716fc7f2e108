-- Full-text indexes (English stemming) for the search_text view: one per branch, on the same expression the
-- search query uses (to_tsvector('english', text)), so the planner can use them through the view's UNION ALL.
create index agenda_item_title_fts on agenda_item using gin (to_tsvector('english', title));
create index agenda_item_summary_fts on agenda_item using gin (to_tsvector('english', summary));
create index agenda_item_recommendation_fts on agenda_item_recommendation using gin (to_tsvector('english', text));
create index minute_paragraph_text_fts on minute_paragraph using gin (to_tsvector('english', text));
create index resolution_clause_text_fts on resolution_clause using gin (to_tsvector('english', text));
