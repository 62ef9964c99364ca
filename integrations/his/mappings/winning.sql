-- 卫宁-style schema (pinyin-initial columns) mapped to the view contract.
-- Times are stored as text 'YYYY-MM-DD HH:MM:SS' (local time); 'NA' fills empty columns;
-- CYRQ '3000-01-01 00:00:00' means still in hospital; BRXB is 1/2 (sometimes 男/女);
-- ZDLB: 2 出院诊断, 4 中医出院病名, 8 中医证候 (others are not follow-up data).
-- params: text

-- entity: patient
SELECT PATID AS patient_id, HZXM AS name, BRXB AS sex_code, CSRQ AS birth_date, SFZH AS id_card_no,
       LXDH AS mobile_phone, LXR AS contact_name, LXGX AS contact_relation, LXRDH AS contact_phone,
       DZ AS current_address, SWRQ AS death_time, XGSJ AS update_time
FROM ZY_BRXXK WHERE XGSJ >= :since AND XGSJ < :until;

-- entity: visit
SELECT SYXH AS visit_id, PATID AS patient_id, ZYHM AS inpatient_no, ZYCS AS admission_times, RYRQ AS admit_time,
       CYRQ AS discharge_time, KSDM AS dept_code, BQDM AS ward_code, CWDM AS bed_no, ZZYS AS attending_doctor,
       CYFS AS discharge_mode, XGSJ AS update_time
FROM ZY_BRSYK WHERE XGSJ >= :since AND XGSJ < :until;

-- entity: diagnosis
SELECT d.SYXH AS visit_id,
       CASE d.ZDLB WHEN '2' THEN 'western' WHEN '4' THEN 'tcm_disease' WHEN '8' THEN 'tcm_syndrome' ELSE d.ZDLB END
         AS diag_type,
       d.ZDXH AS diag_seq, d.ZDDM AS icd10_code, d.ZDMC AS diag_name
FROM ZY_BRZDQK d JOIN ZY_BRSYK v ON v.SYXH = d.SYXH
WHERE v.XGSJ >= :since AND v.XGSJ < :until;

-- entity: lab_report
SELECT BGDH AS report_id, PATID AS patient_id, SYXH AS visit_id, XMMC AS subject, BBLX AS specimen_type,
       SQRQ AS request_time, BGRQ AS report_time, XGSJ AS update_time
FROM JY_BGD WHERE XGSJ >= :since AND XGSJ < :until;

-- entity: lab_result
SELECT r.BGDH AS report_id, r.XH AS item_seq, r.XMDM AS item_code, r.XMMC AS item_name, r.JG AS result_text,
       r.DW AS unit, r.CKFW AS ref_range_text, r.YCBZ AS abnormal_flag
FROM JY_JGMX r JOIN JY_BGD b ON b.BGDH = r.BGDH
WHERE b.XGSJ >= :since AND b.XGSJ < :until;

-- entity: discharge_summary
SELECT SYXH AS visit_id, WDID AS document_id, RYQK AS admission_condition, ZLJG AS treatment_course,
       CYQK AS discharge_condition, CYYZ AS discharge_orders, CYDY AS discharge_medication, QMSJ AS signed_time,
       XGSJ AS update_time
FROM EMR_CYXJ WHERE XGSJ >= :since AND XGSJ < :until;

-- entity: front_page
SELECT f.SYXH AS visit_id, f.XMDM AS field_code, f.XMZ AS field_value
FROM BA_SYXM f JOIN ZY_BRSYK v ON v.SYXH = f.SYXH
WHERE v.XGSJ >= :since AND v.XGSJ < :until;

-- entity: discharge_counts
SELECT KSDM AS dept_code, count(*) AS discharges
FROM ZY_BRSYK WHERE CYRQ >= :since AND CYRQ < :until GROUP BY KSDM;
