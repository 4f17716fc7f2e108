-- A deleted minute paragraph is kept, marked with when it was deleted: actions that cite it keep a real row
-- to point at, and its history stays whole. The record and the numbering skip it.
alter table minute_paragraph add column deleted_at timestamp with time zone;
