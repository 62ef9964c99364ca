-- Worked example for a 东华 (DHC iMedical, InterSystems Caché/IRIS SQL) schema. RowIDs are
-- compound strings such as '29508||9' and are kept whole as ids. PAADM_Type 'I' = inpatient.
-- Adapt table and column names to the site's version before use; test on a copy first.
-- params: datetime

-- entity: patient
SELECT p.PAPMI_RowId AS patient_id, p.PAPMI_Name AS name, p.PAPMI_Sex_DR->CTSEX_Code AS sex_code,
       p.PAPMI_DOB AS birth_date, p.PAPMI_ID AS id_card_no, p.PAPMI_TelH AS mobile_phone,
       NULL AS contact_name, NULL AS contact_relation, NULL AS contact_phone, p.PAPMI_Address AS current_address,
       p.PAPMI_DeceasedDate AS death_time, p.PAPMI_UpdateDate AS update_time
FROM PA_PatMas p WHERE p.PAPMI_UpdateDate >= :since AND p.PAPMI_UpdateDate < :until;

-- entity: visit
SELECT a.PAADM_RowID AS visit_id, a.PAADM_PAPMI_DR AS patient_id, a.PAADM_ADMNo AS inpatient_no,
       1 AS admission_times, a.PAADM_AdmDate AS admit_time, a.PAADM_DischgDate AS discharge_time,
       a.PAADM_DepCode_DR->CTLOC_Code AS dept_code, a.PAADM_CurrentWard_DR->WARD_Code AS ward_code,
       a.PAADM_CurrentBed_DR->BED_Code AS bed_no, a.PAADM_AdmDocCodeDR->CTPCP_Desc AS attending_doctor,
       a.PAADM_DischCond_DR->DISCON_Code AS discharge_mode, a.PAADM_UpdateDate AS update_time
FROM PA_Adm a WHERE a.PAADM_Type = 'I' AND a.PAADM_UpdateDate >= :since AND a.PAADM_UpdateDate < :until;

-- entity: diagnosis
SELECT a.PAADM_RowID AS visit_id, 'western' AS diag_type, d.MRDIA_ChildSub AS diag_seq,
       d.MRDIA_ICDCode_DR->MRCID_ICD9CM_Code AS icd10_code, d.MRDIA_ICDCode_DR->MRCID_Desc AS diag_name
FROM PA_Adm a JOIN MR_Diagnos d ON d.MRDIA_MRADM_ParRef = a.PAADM_MainMRAdm_DR
WHERE a.PAADM_Type = 'I' AND a.PAADM_UpdateDate >= :since AND a.PAADM_UpdateDate < :until;

-- entity: lab_report
SELECT r.VisitNumberReportDR AS report_id, r.PatientID AS patient_id, r.AdmID AS visit_id, r.TestSetDesc AS subject,
       r.SpecimenDesc AS specimen_type, r.RequestDate AS request_time, r.AuthDate AS report_time,
       r.UpdateDate AS update_time
FROM DHCMed_DC_LIS.LabReport r WHERE r.UpdateDate >= :since AND r.UpdateDate < :until;

-- entity: lab_result
SELECT x.VisitNumberReportDR AS report_id, x.Sequence AS item_seq, x.TestCode AS item_code, x.TestDesc AS item_name,
       x.Result AS result_text, x.Unit AS unit, x.RefRanges AS ref_range_text, x.AbFlag AS abnormal_flag
FROM RP_VisitNumberReportResult x JOIN DHCMed_DC_LIS.LabReport r ON r.VisitNumberReportDR = x.VisitNumberReportDR
WHERE r.UpdateDate >= :since AND r.UpdateDate < :until;

-- entity: discharge_summary
SELECT NULL AS visit_id, NULL AS document_id, NULL AS admission_condition, NULL AS treatment_course,
       NULL AS discharge_condition, NULL AS discharge_orders, NULL AS discharge_medication, NULL AS signed_time,
       NULL AS update_time WHERE 1 = 0;

-- entity: front_page
SELECT NULL AS visit_id, NULL AS field_code, NULL AS field_value WHERE 1 = 0;

-- entity: discharge_counts
SELECT NULL AS dept_code, 0 AS discharges WHERE 1 = 0;
