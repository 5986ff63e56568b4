-- A province's notice cites the plan its Party committee issued for the movement (Quảng Ngãi's: plan
-- 368-KH/TU of 24 May 2025) and is sent by the department that issues its certificates. Both were words of
-- the built-in text, true of Quảng Ngãi only; now each province's row says them (issue 15), and a province
-- whose plan is not yet entered is cited without a number ("Thực hiện Kế hoạch của Tỉnh ủy …").
ALTER TABLE province ADD COLUMN plan_reference text CHECK (plan_reference <> '' AND length(plan_reference) <= 200);

UPDATE province SET plan_reference = 'Kế hoạch số 368-KH/TU ngày 24/5/2025' WHERE code = 'quang-ngai';
