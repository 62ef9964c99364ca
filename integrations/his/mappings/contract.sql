-- The view contract itself: the HIS vendor created V_FU_* views with our column names
-- (docs/his-interface-spec.md). update_time is a timestamp column.
-- params: datetime

-- entity: patient
SELECT patient_id, name, sex_code, birth_date, id_card_no, mobile_phone, contact_name, contact_relation,
       contact_phone, current_address, death_time, update_time
FROM V_FU_PATIENT WHERE update_time >= :since AND update_time < :until;

-- entity: visit
SELECT visit_id, patient_id, inpatient_no, admission_times, admit_time, discharge_time, dept_code, ward_code,
       bed_no, attending_doctor, discharge_mode, update_time
FROM V_FU_INPATIENT_VISIT WHERE update_time >= :since AND update_time < :until;

-- entity: diagnosis
-- (IN, not JOIN: a visit row the view repeats must not repeat its diagnoses)
SELECT d.visit_id, d.diag_type, d.diag_seq, d.icd10_code, d.diag_name
FROM V_FU_DIAGNOSIS d
WHERE d.visit_id IN (SELECT v.visit_id FROM V_FU_INPATIENT_VISIT v WHERE v.update_time >= :since AND v.update_time < :until);

-- entity: lab_report
SELECT report_id, patient_id, visit_id, subject, specimen_type, request_time, report_time, update_time
FROM V_FU_LAB_REPORT WHERE update_time >= :since AND update_time < :until;

-- entity: lab_result
SELECT r.report_id, r.item_seq, r.item_code, r.item_name, r.result_text, r.unit, r.ref_range_text, r.abnormal_flag
FROM V_FU_LAB_RESULT r
WHERE r.report_id IN (SELECT b.report_id FROM V_FU_LAB_REPORT b WHERE b.update_time >= :since AND b.update_time < :until);

-- entity: discharge_summary
SELECT visit_id, document_id, admission_condition, treatment_course, discharge_condition, discharge_orders,
       discharge_medication, signed_time, update_time
FROM V_FU_DISCHARGE_SUMMARY WHERE update_time >= :since AND update_time < :until;

-- entity: front_page
SELECT f.visit_id, f.field_code, f.field_value
FROM V_FU_FRONT_PAGE f
WHERE f.visit_id IN (SELECT v.visit_id FROM V_FU_INPATIENT_VISIT v WHERE v.update_time >= :since AND v.update_time < :until);

-- entity: exam
SELECT report_id, patient_id, visit_id, exam_type, item_name, body_part, findings, conclusion, report_time,
       reporting_doctor, update_time
FROM V_FU_EXAM WHERE update_time >= :since AND update_time < :until;

-- entity: discharge_counts
SELECT dept_code, count(*) AS discharges
FROM V_FU_INPATIENT_VISIT WHERE discharge_time >= :since AND discharge_time < :until GROUP BY dept_code;
