-- A body's action list is read a page at a time, in the order recorded: this index serves both the filter and the
-- order, so a page costs the same at 10,000 actions as at 10.
create index action_body_recorded on action(body_id, id);
