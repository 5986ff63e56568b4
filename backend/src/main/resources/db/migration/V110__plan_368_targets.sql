-- Every target of plan 368-KH/TU and of the notice of 11/11/2025 (issue 13), each measured against its own
-- group's denominator (docs/plan-368.md, "Targets"):
--   scope EACH_SCHOOL, EACH_ENTERPRISE, EACH_VILLAGE  the goal applies to every open school, enterprise or
--                                                      village (EACH_AGENCY: every organisation of kind AGENCY);
--   school_levels                                      a student target restricted to schools of these levels
--                                                      (NULL: every level).
ALTER TABLE target DROP CONSTRAINT target_scope_check;
ALTER TABLE target
    ADD CONSTRAINT target_scope_check CHECK (scope IN
        ('PROVINCE', 'EACH_UNIT', 'EACH_AGENCY', 'EACH_SCHOOL', 'EACH_ENTERPRISE', 'EACH_VILLAGE')),
    ADD COLUMN school_levels text[],
    ADD CONSTRAINT target_school_levels_known CHECK (school_levels IS NULL OR (cardinality(school_levels) >= 1
        AND school_levels <@ ARRAY['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY']::text[])),
    ADD CONSTRAINT target_school_levels_for_students CHECK (school_levels IS NULL OR learner_group = 'STUDENT');

-- The notice's "at least 80% of the adults of each commune take the course by the end of 2025", in its words.
UPDATE target SET name = 'Ít nhất 80% người dân trong độ tuổi trưởng thành của mỗi xã, phường, đặc khu tham gia khóa học',
                  updated_at = now()
WHERE id = '0195a6b0-0000-7000-8000-0000000000a2';
UPDATE target SET name = '100% cán bộ, công chức, viên chức toàn tỉnh được cấp chứng nhận trước 20/11/2025', updated_at = now()
WHERE id = '0195a6b0-0000-7000-8000-0000000000a1';
UPDATE target SET name = '100% cán bộ, công chức, viên chức của mỗi sở, ban, ngành được cấp chứng nhận trước 20/11/2025',
                  updated_at = now()
WHERE id = '0195a6b0-0000-7000-8000-0000000000a4';
UPDATE target SET name = 'Hơn 750.000 người trưởng thành được cấp chứng nhận kỹ năng số cơ bản năm 2026', updated_at = now()
WHERE id = '0195a6b0-0000-7000-8000-0000000000a3';

INSERT INTO target (id, name, learner_group, metric, value, starts_on, deadline, scope, school_levels) VALUES
    -- The notice of 11/11/2025: the People's Committees of the communes too.
    ('0195a6b0-0000-7000-8000-0000000000a5',
     '100% cán bộ, công chức, viên chức của mỗi xã, phường, đặc khu được cấp chứng nhận trước 20/11/2025',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2025-07-01', DATE '2025-11-20', 'EACH_UNIT', NULL),
    -- Plan 368, 2025.
    ('0195a6b0-0000-7000-8000-0000000000c1',
     'Hơn 500.000 người trưởng thành được cấp chứng nhận kỹ năng số cơ bản năm 2025',
     'ADULTS', 'CERTIFIED_COUNT', 500000, DATE '2025-07-01', DATE '2025-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000c2',
     '80% cán bộ, công chức, viên chức toàn tỉnh có kỹ năng số cơ bản năm 2025',
     'CBCCVC', 'CERTIFIED_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000c3',
     '100% học sinh trung học, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2025',
     'STUDENT', 'CERTIFIED_RATE', 100, DATE '2025-07-01', DATE '2025-12-31', 'PROVINCE',
     ARRAY['LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY']),
    ('0195a6b0-0000-7000-8000-0000000000c4',
     '100% học sinh, sinh viên của mỗi trường trung học, cao đẳng, đại học có kỹ năng số cơ bản năm 2025',
     'STUDENT', 'CERTIFIED_RATE', 100, DATE '2025-07-01', DATE '2025-12-31', 'EACH_SCHOOL',
     ARRAY['LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY']),
    ('0195a6b0-0000-7000-8000-0000000000c5',
     '80% người lao động trong doanh nghiệp toàn tỉnh có kỹ năng số cơ bản năm 2025',
     'WORKER', 'CERTIFIED_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000c6',
     '80% người lao động của mỗi doanh nghiệp có kỹ năng số cơ bản năm 2025',
     'WORKER', 'CERTIFIED_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'EACH_ENTERPRISE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000c7',
     '80% người trưởng thành toàn tỉnh có kỹ năng số cơ bản năm 2025',
     'ADULTS', 'CERTIFIED_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000c8',
     '80% người trưởng thành của mỗi xã, phường, đặc khu có kỹ năng số cơ bản năm 2025',
     'ADULTS', 'CERTIFIED_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'EACH_UNIT', NULL),
    -- Plan 368, 2026.
    ('0195a6b0-0000-7000-8000-0000000000d1',
     '100% cán bộ, công chức, viên chức toàn tỉnh có kỹ năng số cơ bản năm 2026',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d2',
     '100% cán bộ, công chức, viên chức của mỗi xã, phường, đặc khu có kỹ năng số cơ bản năm 2026',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_UNIT', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d3',
     '100% cán bộ, công chức, viên chức của mỗi sở, ban, ngành có kỹ năng số cơ bản năm 2026',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_AGENCY', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d4',
     '100% học sinh từ tiểu học trở lên, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2026',
     'STUDENT', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d5',
     '100% học sinh, sinh viên của mỗi trường có kỹ năng số cơ bản năm 2026',
     'STUDENT', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_SCHOOL', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d6',
     '100% người lao động trong doanh nghiệp toàn tỉnh có kỹ năng số cơ bản năm 2026',
     'WORKER', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d7',
     '100% người lao động của mỗi doanh nghiệp có kỹ năng số cơ bản năm 2026',
     'WORKER', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_ENTERPRISE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d8',
     '100% người trưởng thành toàn tỉnh có kỹ năng số cơ bản năm 2026',
     'ADULTS', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'PROVINCE', NULL),
    ('0195a6b0-0000-7000-8000-0000000000d9',
     '100% người trưởng thành của mỗi xã, phường, đặc khu có kỹ năng số cơ bản năm 2026',
     'ADULTS', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_UNIT', NULL),
    -- Communes run the campaign village by village (plan 368, community models): each thôn, tổ dân phố.
    ('0195a6b0-0000-7000-8000-0000000000da',
     '100% người trưởng thành của mỗi thôn, tổ dân phố có kỹ năng số cơ bản năm 2026',
     'ADULTS', 'CERTIFIED_RATE', 100, DATE '2026-01-01', DATE '2026-12-31', 'EACH_VILLAGE', NULL);
