-- Worked example for a 中联 (ZLHIS, Oracle) schema with Chinese identifiers (quoted). The
-- visit key is (病人id, 主页id); To_Date('3000-01-01') in 终止时间 means still valid / in hospital.
-- Adapt names to the site's version before use; test on a copy first.
-- params: datetime

-- entity: patient
SELECT p."病人ID" AS patient_id, p."姓名" AS name, p."性别" AS sex_code, p."出生日期" AS birth_date,
       p."身份证号" AS id_card_no, p."联系人电话" AS mobile_phone, p."联系人姓名" AS contact_name,
       p."联系人关系" AS contact_relation, p."联系人电话" AS contact_phone, p."现住址" AS current_address,
       NULL AS death_time, p."登记时间" AS update_time
FROM "病人信息" p WHERE p."登记时间" >= :since AND p."登记时间" < :until;

-- entity: visit
SELECT p."病人ID" || '||' || p."主页ID" AS visit_id, p."病人ID" AS patient_id, p."住院号" AS inpatient_no,
       p."主页ID" AS admission_times, p."入院日期" AS admit_time, p."出院日期" AS discharge_time,
       p."出院科室ID" AS dept_code, p."当前病区ID" AS ward_code, p."出院病床" AS bed_no, p."住院医师" AS attending_doctor,
       p."出院方式" AS discharge_mode, p."登记时间" AS update_time
FROM "病案主页" p WHERE p."登记时间" >= :since AND p."登记时间" < :until;

-- entity: diagnosis
SELECT d."病人ID" || '||' || d."主页ID" AS visit_id,
       CASE d."诊断类型" WHEN 3 THEN 'western' WHEN 13 THEN 'tcm_disease' ELSE TO_CHAR(d."诊断类型") END AS diag_type,
       d."诊断次序" AS diag_seq, d."疾病ID" AS icd10_code, d."诊断描述" AS diag_name
FROM "病人诊断记录" d JOIN "病案主页" p ON p."病人ID" = d."病人ID" AND p."主页ID" = d."主页ID"
WHERE p."登记时间" >= :since AND p."登记时间" < :until;

-- entity: lab_report
SELECT NULL AS report_id, NULL AS patient_id, NULL AS visit_id, NULL AS subject, NULL AS specimen_type,
       NULL AS request_time, NULL AS report_time, NULL AS update_time FROM DUAL WHERE 1 = 0;

-- entity: lab_result
SELECT NULL AS report_id, NULL AS item_seq, NULL AS item_code, NULL AS item_name, NULL AS result_text,
       NULL AS unit, NULL AS ref_range_text, NULL AS abnormal_flag FROM DUAL WHERE 1 = 0;

-- entity: discharge_summary
SELECT NULL AS visit_id, NULL AS document_id, NULL AS admission_condition, NULL AS treatment_course,
       NULL AS discharge_condition, NULL AS discharge_orders, NULL AS discharge_medication, NULL AS signed_time,
       NULL AS update_time FROM DUAL WHERE 1 = 0;

-- entity: front_page
SELECT NULL AS visit_id, NULL AS field_code, NULL AS field_value FROM DUAL WHERE 1 = 0;

-- entity: discharge_counts
SELECT p."出院科室ID" AS dept_code, count(*) AS discharges
FROM "病案主页" p WHERE p."出院日期" >= :since AND p."出院日期" < :until GROUP BY p."出院科室ID";
