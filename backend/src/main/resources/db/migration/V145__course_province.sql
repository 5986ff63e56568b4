-- A course is national (province_code NULL: shared by every province, as every course made before is) or one
-- province's own (issue 15). Learners see the national courses and their own province's; the catalogue of a visitor
-- shows the deployment's home province's (or the one ?province= names). The index serves the administrators'
-- ?province= filter and the catalogue's cut; national courses are the rows where it is null.
ALTER TABLE course ADD COLUMN province_code text REFERENCES province (code);
CREATE INDEX course_province_idx ON course (province_code);
