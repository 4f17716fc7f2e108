-- "Exclusion of the press and public": the small public item the chair's opening of an exempt item inserts before
-- it, holding the resolution. It names the exempt item it excludes the public for; one per exempt item.
alter table agenda_item add column excludes_public_for_item_id bigint references agenda_item(id);
create unique index agenda_item_excludes_public_for on agenda_item(excludes_public_for_item_id);
