-- The de-duplication key (shipment_id, occurred_at, ...) already orders each shipment's
-- events by time, and an index scans backwards as well as forwards: the timeline index
-- only made every stored carrier event one more index entry to write.
drop index tracking.tracking_event_timeline;
