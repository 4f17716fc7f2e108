-- The action tracker: whom to remind, where progress was reported, and indexes for a log of 10,000+ actions.

-- Reminders go to an owner's e-mail: a person's own, or an organisation's contact address.
alter table person add column email varchar(320);
alter table organisation add column contact_email varchar(320);

-- Progress reported at a meeting (under "Matters arising and action log") remembers the meeting and item.
alter table action_update add column meeting_id bigint references meeting(id);
alter table action_update add column item_id bigint references agenda_item(id);

-- The actions list filters and pages by these; the log is ordered by id within a body.
create index action_owner_person on action(owner_person_id);
create index action_owner_organisation on action(owner_organisation_id);
create index action_status_due on action(status, due_date);
create index action_body_id on action(body_id, id);
create index action_plan_link_element on action_plan_link(element_kind, element_id);
create index action_update_action on action_update(action_id, on_date);
