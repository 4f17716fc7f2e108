-- A milestone may serve one theme or one recommendation of its plan, so the roll-up can count it there;
-- a milestone serving neither is the plan's own (seed 004's statutory steps).
alter table plan_milestone add column theme_id bigint references plan_theme(id);
alter table plan_milestone add column recommendation_id bigint references plan_recommendation(id);
