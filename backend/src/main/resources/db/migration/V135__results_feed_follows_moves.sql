-- The national results feed (V130) gives a unit-limited reader the results of the learners who are in its units
-- now. A learner who moves to another unit or agency takes their results along: stamped again, they come at the
-- end of the feed, where the new unit's reader finds them (and the old one no longer does).
CREATE FUNCTION certificate_holder_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE certificate SET change_xid = pg_current_xact_id() WHERE user_id = NEW.id AND source = 'PORTAL';
    RETURN NULL;
END $$;
CREATE TRIGGER certificate_holder_move AFTER UPDATE OF unit_code, agency_id ON app_user
    FOR EACH ROW WHEN (OLD.unit_code IS DISTINCT FROM NEW.unit_code OR OLD.agency_id IS DISTINCT FROM NEW.agency_id)
    EXECUTE FUNCTION certificate_holder_moved();
