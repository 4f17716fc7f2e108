-- An item deferred or not reached at one meeting and carried onto a later agenda remembers where it came from,
-- so the later meeting's clerk is not offered it twice.
alter table agenda_item add column carried_from_item_id bigint references agenda_item(id);
create index agenda_item_carried_from on agenda_item(carried_from_item_id);
