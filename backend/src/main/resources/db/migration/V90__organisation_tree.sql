-- Organisations as a tree (issue 13, docs/plan-368.md): the organisations the province's notice of
-- 11/11/2025 is addressed to, beside the departments V2 seeded, and what the tree's editors and readers
-- need. Only real, certain names: schools and enterprises come from administrators and their imports.

-- The addressees of the notice ("Kính gửi"): the offices of the Provincial Party Committee and of the
-- National Assembly delegation and People's Council, the Fatherland Front committee and the
-- socio-political organisations (since 2025 part of the Front's system, so placed under it), and the
-- provincial press and broadcaster. The departments V2 seeded stay roots.
INSERT INTO agency (name, kind) VALUES
    ('Văn phòng Tỉnh ủy Quảng Ngãi', 'AGENCY'),
    ('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Ngãi', 'AGENCY'),
    ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi', 'AGENCY'),
    ('Báo và Phát thanh, Truyền hình Quảng Ngãi', 'AGENCY');

INSERT INTO agency (name, kind, parent_id)
SELECT o.name, 'AGENCY', front.id
FROM (VALUES
          ('Liên đoàn Lao động tỉnh Quảng Ngãi'),
          ('Hội Nông dân tỉnh Quảng Ngãi'),
          ('Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi'),
          ('Hội Cựu chiến binh tỉnh Quảng Ngãi'),
          ('Tỉnh đoàn Quảng Ngãi')) AS o (name)
CROSS JOIN (SELECT id FROM agency WHERE name = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi') AS front;

-- The universities in the province the notice names as a group ("Các Trường Đại học, Cao đẳng").
INSERT INTO agency (name, kind, school_level) VALUES
    ('Trường Đại học Phạm Văn Đồng', 'SCHOOL', 'UNIVERSITY'),
    ('Trường Đại học Tài chính - Kế toán', 'SCHOOL', 'UNIVERSITY');

-- Reading the tree: the children of one organisation in name order, the open ones a form offers.
CREATE INDEX agency_children_idx ON agency (parent_id, name COLLATE vietnamese) WHERE parent_id IS NOT NULL;
CREATE INDEX agency_merged_into_idx ON agency (merged_into_id) WHERE merged_into_id IS NOT NULL;
