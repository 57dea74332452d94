-- The moment a sender began handing a message to the provider, committed before it
-- does: a sender that dies before that point leaves a message that is simply sent again;
-- only one that died after it leaves a message that may have gone out (unconfirmed).
alter table notifications.message add column handover_started_at timestamptz;
