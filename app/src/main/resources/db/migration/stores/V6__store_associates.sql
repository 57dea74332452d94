-- Store associates: staff of a shop who take returns in at the counter, and nothing else.
alter table stores.store_membership drop constraint store_membership_role_check;
alter table stores.store_membership add constraint store_membership_role_check
    check (role in ('OWNER', 'ADMIN', 'AGENT', 'ANALYST', 'ASSOCIATE'));
alter table stores.staff_invitation drop constraint staff_invitation_role_check;
alter table stores.staff_invitation add constraint staff_invitation_role_check
    check (role in ('OWNER', 'ADMIN', 'AGENT', 'ANALYST', 'ASSOCIATE'));
