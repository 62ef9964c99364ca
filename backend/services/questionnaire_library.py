"""The built-in questionnaire library (问卷库) that `questionnaires.seed_library` creates.

Wording is our own, informed by typical post-discharge follow-up practice in Chinese hospitals
(general, cardiology, orthopaedics, obstetrics, TCM herbal medicine and diet) and by the item
set of the national inpatient satisfaction survey. Thresholds of red flags follow the common
referral rules (blood pressure ≥180/110 mmHg, fever ≥38.5 ℃, pain NRS ≥7). The item format is
documented in `backend.services.questionnaires`.

These are starting points for a hospital to copy and adapt in the designer, not clinical
guidance.
"""

from __future__ import annotations

from typing import Any

from backend.models.choices import Program
from backend.services import satisfaction_bank, tcm_library

YES_NO = [{"value": "yes", "label": "是"}, {"value": "no", "label": "否"}]
HAS_NONE = [{"value": "yes", "label": "有"}, {"value": "no", "label": "没有"}]

# Five-point satisfaction answers, best first; "不适用" (did not experience it) scores nothing so
# it neither lowers nor raises the total.
SATISFACTION_5 = [
    {"value": "5", "label": "非常满意", "score": 5},
    {"value": "4", "label": "满意", "score": 4},
    {"value": "3", "label": "一般", "score": 3},
    {"value": "2", "label": "不满意", "score": 2},
    {"value": "1", "label": "非常不满意", "score": 1},
    {"value": "na", "label": "不适用/不清楚"},
]


def _satisfaction(item_id: str, text: str) -> dict[str, Any]:
    return {"id": item_id, "type": "single", "text": text, "required": True, "options": SATISFACTION_5}


GENERAL: dict[str, Any] = {
    "code": "general_discharge",
    "title": "通用出院随访问卷",
    "program": Program.CENTRE,
    "description": "适用于各科室出院患者的常规电话随访：恢复情况、不适症状、用药、康复与复诊提醒。",
    "items": [
        {
            "id": "recovery",
            "type": "single",
            "text": "与出院时相比，您现在身体恢复得怎么样？",
            "required": True,
            "options": [
                {"value": "better", "label": "明显好转"},
                {"value": "stable", "label": "和出院时差不多"},
                {"value": "worse", "label": "比出院时差"},
            ],
        },
        {
            "id": "discomfort",
            "type": "single",
            "text": "出院以后有没有新出现的不舒服？",
            "required": True,
            "options": HAS_NONE,
        },
        {
            "id": "discomfort_detail",
            "type": "text",
            "text": "请说说哪里不舒服、从什么时候开始、现在是否还有",
            "required": True,
            "show_if": {"item": "discomfort", "equals": "yes"},
        },
        {
            "id": "revisit_hospital",
            "type": "single",
            "text": "出院后是否因为同样的病再去急诊或住院？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "medication",
            "type": "single",
            "text": "出院带药是否按医生交代的时间和剂量服用？",
            "required": True,
            "options": [
                {"value": "regular", "label": "一直按时按量服用"},
                {"value": "missed", "label": "偶尔忘记"},
                {"value": "stopped", "label": "自己停了药或改了剂量"},
                {"value": "none", "label": "出院时没有带药"},
            ],
        },
        {
            "id": "medication_reason",
            "type": "text",
            "text": "没有按要求服药的原因（如忘记、副作用、觉得好了）",
            "required": False,
            "show_if": {"item": "medication", "in": ["missed", "stopped"]},
        },
        {"id": "rehab", "type": "text", "text": "康复锻炼或日常活动的情况", "required": False},
        {"id": "lifestyle", "type": "text", "text": "饮食、睡眠和作息情况", "required": False},
        {
            "id": "recheck_known",
            "type": "single",
            "text": "是否清楚下一次门诊复查的时间？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "recheck_date",
            "type": "date",
            "text": "预约的复查日期",
            "required": False,
            "show_if": {"item": "recheck_known", "equals": "yes"},
        },
        {
            "id": "guidance_given",
            "type": "single",
            "text": "本次随访是否已向患者或家属交代健康指导？",
            "required": True,
            "staff_only": True,  # the patient answering an SMS link alone is not asked this
            "options": YES_NO,
        },
    ],
    "red_flags": [
        {"item": "recovery", "op": "==", "value": "worse", "message": "患者自述病情较出院时加重", "severity": "normal"},
        {
            "item": "revisit_hospital",
            "op": "==",
            "value": "yes",
            "message": "出院后因同一疾病再次急诊或住院",
            "severity": "normal",
        },
        {"item": "medication", "op": "==", "value": "stopped", "message": "患者自行停药或改量", "severity": "normal"},
    ],
    "scoring": {},
}


CARDIOLOGY: dict[str, Any] = {
    "code": "cardiology",
    "title": "心血管内科出院随访问卷",
    "program": Program.CENTRE,
    "description": "高血压、冠心病及介入（PCI）术后患者：血压心率、胸闷胸痛复发、抗栓降压药依从性与出血风险。",
    "items": [
        {
            "id": "sbp",
            "type": "number",
            "text": "最近一次测量的收缩压（高压）",
            "required": True,
            "min": 50,
            "max": 300,
            "unit": "mmHg",
        },
        {
            "id": "dbp",
            "type": "number",
            "text": "最近一次测量的舒张压（低压）",
            "required": True,
            "min": 30,
            "max": 200,
            "unit": "mmHg",
        },
        {
            "id": "heart_rate",
            "type": "number",
            "text": "静息心率",
            "required": False,
            "min": 20,
            "max": 250,
            "unit": "次/分",
        },
        {
            "id": "chest_pain",
            "type": "single",
            "text": "出院后有没有再出现胸闷、胸痛或心前区压迫感？",
            "required": True,
            "options": HAS_NONE,
        },
        {
            "id": "chest_pain_detail",
            "type": "text",
            "text": "请描述发作的时间、持续多久、休息或含服药物后能否缓解",
            "required": True,
            "show_if": {"item": "chest_pain", "equals": "yes"},
        },
        {
            "id": "symptoms",
            "type": "multiple",
            "text": "近期是否有以下情况（可多选）",
            "required": True,
            "options": [
                {"value": "headache", "label": "剧烈头痛或头晕"},
                {"value": "vision", "label": "看东西模糊"},
                {"value": "nausea", "label": "恶心、呕吐"},
                {"value": "bleeding", "label": "牙龈出血、皮肤瘀斑或黑便"},
                {"value": "edema", "label": "双下肢水肿"},
                {"value": "none", "label": "以上都没有", "exclusive": True},
            ],
        },
        {
            "id": "adherence",
            "type": "single",
            "text": "降压、抗血小板（如阿司匹林、氯吡格雷）等药物的服用情况",
            "required": True,
            "options": [
                {"value": "regular", "label": "每天按医嘱服用"},
                {"value": "missed", "label": "有时漏服"},
                {"value": "stopped", "label": "自行减量或停用"},
            ],
        },
        {
            "id": "stop_reason",
            "type": "text",
            "text": "减量或停药的原因",
            "required": False,
            "show_if": {"item": "adherence", "equals": "stopped"},
        },
        {
            "id": "clinic_recheck",
            "type": "single",
            "text": "是否按约定时间到门诊复查？",
            "required": False,
            "options": [
                {"value": "yes", "label": "已按时复查"},
                {"value": "no", "label": "未复查"},
                {"value": "not_due", "label": "还没到复查时间"},
            ],
        },
    ],
    "red_flags": [
        {"item": "sbp", "op": ">=", "value": 180, "message": "收缩压≥180mmHg，需尽快就诊", "severity": "urgent"},
        {"item": "dbp", "op": ">=", "value": 110, "message": "舒张压≥110mmHg，需尽快就诊", "severity": "urgent"},
        {"item": "chest_pain", "op": "==", "value": "yes", "message": "出院后胸闷胸痛复发", "severity": "urgent"},
        {
            "item": "symptoms",
            "op": "contains",
            "value": "headache",
            "message": "剧烈头痛头晕，警惕高血压急症",
            "severity": "urgent",
        },
        {
            "item": "symptoms",
            "op": "contains",
            "value": "bleeding",
            "message": "服用抗栓药物期间出现出血迹象",
            "severity": "normal",
        },
        {"item": "adherence", "op": "==", "value": "stopped", "message": "自行减停心血管药物", "severity": "normal"},
    ],
    "scoring": {},
}


ORTHOPAEDICS: dict[str, Any] = {
    "code": "orthopaedics",
    "title": "骨伤科出院随访问卷",
    "program": Program.CENTRE,
    "description": "骨折及关节术后患者：伤口、疼痛评分、神经症状、功能锻炼与影像复查。",
    "items": [
        {
            "id": "wound",
            "type": "single",
            "text": "手术切口或伤口现在的情况",
            "required": True,
            "options": [
                {"value": "healed", "label": "已愈合，无红肿"},
                {"value": "mild", "label": "稍有发红，无渗液"},
                {"value": "infected", "label": "红肿明显、渗液或裂开"},
                {"value": "none", "label": "没有伤口"},
            ],
        },
        {
            "id": "wound_detail",
            "type": "text",
            "text": "请描述伤口红肿、渗液的范围和颜色",
            "required": True,
            "show_if": {"item": "wound", "equals": "infected"},
        },
        {
            "id": "pain",
            "type": "scale",
            "text": "目前疼痛程度（0分为不痛，10分为无法忍受）",
            "required": True,
            "min": 0,
            "max": 10,
        },
        {
            "id": "numbness",
            "type": "single",
            "text": "手术或受伤的肢体有没有新出现的麻木、无力？",
            "required": True,
            "options": HAS_NONE,
        },
        {
            "id": "exercise",
            "type": "single",
            "text": "是否按照出院时教的方法坚持功能锻炼？",
            "required": True,
            "options": [
                {"value": "daily", "label": "每天坚持"},
                {"value": "sometimes", "label": "有时做"},
                {"value": "never", "label": "基本没做"},
            ],
        },
        {
            "id": "exercise_barrier",
            "type": "text",
            "text": "没有坚持锻炼的原因（如疼痛、不会做、没人协助）",
            "required": False,
            "show_if": {"item": "exercise", "in": ["sometimes", "never"]},
        },
        {
            "id": "walking_aid",
            "type": "single",
            "text": "目前行走是否需要拐杖、助行器或他人搀扶？",
            "required": False,
            "options": YES_NO,
        },
        {"id": "xray_date", "type": "date", "text": "下次拍片（X线）复查日期", "required": False},
    ],
    "red_flags": [
        {"item": "pain", "op": ">=", "value": 7, "message": "疼痛评分≥7分，疼痛控制不佳", "severity": "urgent"},
        {"item": "wound", "op": "==", "value": "infected", "message": "伤口红肿渗液，疑似感染", "severity": "urgent"},
        {"item": "numbness", "op": "==", "value": "yes", "message": "新发肢体麻木无力", "severity": "urgent"},
    ],
    "scoring": {},
}


OBSTETRICS: dict[str, Any] = {
    "code": "obstetrics",
    "title": "妇产科产后出院随访问卷",
    "program": Program.CENTRE,
    "description": "产妇出院后访视：恶露、发热、伤口、母乳喂养、情绪及新生儿情况，提醒产后42天复查。",
    "items": [
        {
            "id": "lochia",
            "type": "single",
            "text": "恶露（产后阴道排出物）的情况",
            "required": True,
            "options": [
                {"value": "normal", "label": "量逐渐减少、颜色变淡"},
                {"value": "heavy", "label": "量多或有较大血块"},
                {"value": "odour", "label": "有异味"},
            ],
        },
        {
            "id": "fever",
            "type": "single",
            "text": "出院后有没有发热？",
            "required": True,
            "options": HAS_NONE,
        },
        {
            "id": "temperature",
            "type": "number",
            "text": "量到的最高体温",
            "required": True,
            "min": 34,
            "max": 43,
            "unit": "℃",
            "show_if": {"item": "fever", "equals": "yes"},
        },
        {
            "id": "wound",
            "type": "single",
            "text": "剖宫产或会阴伤口情况",
            "required": True,
            "options": [
                {"value": "good", "label": "愈合良好"},
                {"value": "painful", "label": "红肿、疼痛或渗液"},
                {"value": "none", "label": "没有伤口"},
            ],
        },
        {
            "id": "feeding",
            "type": "single",
            "text": "宝宝现在的喂养方式",
            "required": True,
            "options": [
                {"value": "breast", "label": "纯母乳喂养"},
                {"value": "mixed", "label": "母乳加奶粉"},
                {"value": "formula", "label": "完全奶粉喂养"},
            ],
        },
        {
            "id": "breast_problems",
            "type": "multiple",
            "text": "哺乳中遇到的问题（可多选）",
            "required": False,
            "options": [
                {"value": "engorgement", "label": "乳房胀痛或有硬块"},
                {"value": "cracked", "label": "乳头皲裂"},
                {"value": "low_supply", "label": "奶水不够"},
                {"value": "none", "label": "没有问题", "exclusive": True},
            ],
            "show_if": {"item": "feeding", "in": ["breast", "mixed"]},
        },
        {
            "id": "formula_reason",
            "type": "text",
            "text": "没有母乳喂养的原因",
            "required": False,
            "show_if": {"item": "feeding", "equals": "formula"},
        },
        {
            "id": "mood",
            "type": "scale",
            "text": "最近一周的心情（0分非常低落，10分非常好）",
            "required": False,
            "min": 0,
            "max": 10,
        },
        {
            "id": "baby_ok",
            "type": "single",
            "text": "宝宝吃奶、睡眠和大小便是否正常？",
            "required": True,
            "options": YES_NO,
        },
        {"id": "checkup_42d", "type": "date", "text": "产后42天复查预约日期", "required": False},
    ],
    "red_flags": [
        {"item": "temperature", "op": ">=", "value": 38.5, "message": "产后发热，体温≥38.5℃", "severity": "urgent"},
        {"item": "lochia", "op": "==", "value": "heavy", "message": "恶露量多或有血块", "severity": "urgent"},
        {"item": "lochia", "op": "==", "value": "odour", "message": "恶露有异味，警惕感染", "severity": "normal"},
        {"item": "wound", "op": "==", "value": "painful", "message": "产后伤口红肿疼痛", "severity": "normal"},
        {"item": "mood", "op": "<=", "value": 3, "message": "产后情绪明显低落，建议关注心理状况", "severity": "normal"},
    ],
    "scoring": {},
}


TCM: dict[str, Any] = {
    "code": "tcm_herbal",
    "title": "中医出院随访问卷（中药服用与饮食调护）",
    "program": Program.CENTRE,
    "description": "中医院出院患者：中药汤剂或中成药的服法、依从性、不良反应，饮食宜忌与起居调护。",
    "items": [
        {
            "id": "herbal",
            "type": "single",
            "text": "出院后是否还在服用中药（汤剂、颗粒或中成药）？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "adherence",
            "type": "single",
            "text": "中药是否按医嘱的次数和剂量服用？",
            "required": True,
            "options": [
                {"value": "regular", "label": "按时按量，每天不落"},
                {"value": "missed", "label": "偶尔漏服"},
                {"value": "stopped", "label": "已自行停服"},
            ],
            "show_if": {"item": "herbal", "equals": "yes"},
        },
        {
            "id": "timing",
            "type": "single",
            "text": "服药时间是否按医嘱（如补益药饭前、对胃有刺激的药饭后、安神药睡前）？",
            "required": True,
            "options": [
                {"value": "correct", "label": "按医嘱时间服用"},
                {"value": "random", "label": "想起来就喝，时间不固定"},
                {"value": "unknown", "label": "不清楚该什么时候服"},
            ],
            "show_if": {"item": "herbal", "equals": "yes"},
        },
        {
            "id": "temperature",
            "type": "single",
            "text": "汤药是温服、热服还是凉服，是否与医生交代的一致？",
            "required": False,
            "options": [
                {"value": "correct", "label": "一致"},
                {"value": "wrong", "label": "不一致"},
                {"value": "unknown", "label": "医生没交代或记不清"},
            ],
            "show_if": {"item": "herbal", "equals": "yes"},
        },
        {
            "id": "adverse",
            "type": "single",
            "text": "服药后有没有不舒服的反应？",
            "required": True,
            "options": HAS_NONE,
            "show_if": {"item": "herbal", "equals": "yes"},
        },
        {
            "id": "adverse_symptoms",
            "type": "multiple",
            "text": "出现了哪些反应（可多选）",
            "required": True,
            "options": [
                {"value": "stomach", "label": "胃胀、胃痛或恶心"},
                {"value": "diarrhoea", "label": "腹泻"},
                {"value": "rash", "label": "皮疹、瘙痒"},
                {"value": "palpitation", "label": "心慌、胸闷"},
                {"value": "other", "label": "其他"},
            ],
            "show_if": {"item": "adverse", "equals": "yes"},
        },
        {
            "id": "adverse_detail",
            "type": "text",
            "text": "请描述反应出现的时间和经过",
            "required": False,
            "show_if": {"item": "adverse", "equals": "yes"},
        },
        {
            "id": "diet",
            "type": "single",
            "text": "是否遵守饮食宜忌（少吃辛辣、油腻、生冷，服药期间忌口）？",
            "required": True,
            "options": [
                {"value": "fully", "label": "做到了"},
                {"value": "partly", "label": "部分做到"},
                {"value": "no", "label": "没有注意"},
            ],
        },
        {
            "id": "routine",
            "type": "single",
            "text": "起居作息是否规律、注意保暖和情志调畅？",
            "required": False,
            "options": YES_NO,
        },
        {
            "id": "tcm_revisit",
            "type": "single",
            "text": "是否按时到中医门诊复诊调方？",
            "required": False,
            "options": [
                {"value": "yes", "label": "已复诊"},
                {"value": "no", "label": "未复诊"},
                {"value": "not_due", "label": "还没到时间"},
            ],
        },
    ],
    "red_flags": [
        {
            "item": "adverse_symptoms",
            "op": "contains",
            "value": "palpitation",
            "message": "服用中药后心慌胸闷",
            "severity": "urgent",
        },
        {
            "item": "adverse_symptoms",
            "op": "contains",
            "value": "rash",
            "message": "服用中药后出现皮疹瘙痒，警惕过敏",
            "severity": "normal",
        },
        {"item": "adherence", "op": "==", "value": "stopped", "message": "自行停服中药", "severity": "normal"},
    ],
    "scoring": {},
}


SATISFACTION_ITEMS = [
    ("doctor_explain", "医生向您解释病情和治疗方案是否清楚、耐心"),
    ("nurse_care", "护士的服务态度和护理是否周到"),
    ("call_response", "按呼叫铃后医护人员来得是否及时"),
    ("pain_relief", "疼痛时医护人员是否尽力帮您缓解"),
    ("medicine_info", "用药前是否告诉您药的作用和注意事项"),
    ("environment", "病房和卫生间是否干净、安静"),
    ("meals", "住院期间的饭菜"),
    ("procedures", "办理入院、出院手续是否方便"),
    ("overall", "对这次住院的总体评价"),
]

SATISFACTION: dict[str, Any] = {
    "code": "satisfaction_inpatient",
    "title": "出院患者满意度调查",
    "program": Program.SATISFACTION,
    "description": "行风办出院回访：沟通、护理、响应、用药告知、环境、饮食、手续和总体评价，五级评分（不适用不计分）。",
    "items": [
        *(_satisfaction(item_id, text) for item_id, text in SATISFACTION_ITEMS),
        {
            "id": "recommend",
            "type": "single",
            "text": "您会向亲友推荐我院吗？",
            "required": True,
            "options": [
                {"value": "5", "label": "一定会", "score": 5},
                {"value": "4", "label": "可能会", "score": 4},
                {"value": "3", "label": "说不准", "score": 3},
                {"value": "2", "label": "可能不会", "score": 2},
                {"value": "1", "label": "一定不会", "score": 1},
            ],
        },
        {
            "id": "gift",
            "type": "single",
            "text": "住院期间是否有医务人员索要或收受红包、礼品？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "gift_detail",
            "type": "text",
            "text": "请说明时间、科室和经过（我们将保密处理）",
            "required": False,
            "show_if": {"item": "gift", "equals": "yes"},
        },
        {
            "id": "has_suggestion",
            "type": "single",
            "text": "对我们的服务还有什么意见或建议吗？",
            "required": True,
            "options": HAS_NONE,
        },
        {
            "id": "suggestion",
            "type": "text",
            "text": "请告诉我们您的意见或建议",
            "required": True,
            "show_if": {"item": "has_suggestion", "equals": "yes"},
        },
    ],
    "red_flags": [
        {
            "item": "overall",
            "op": "in",
            "value": ["1", "2"],
            "message": "患者对住院总体评价不满意，请科室回访",
            "severity": "normal",
        },
        {"item": "gift", "op": "==", "value": "yes", "message": "患者反映医务人员收受红包或礼品", "severity": "urgent"},
    ],
    "scoring": {"method": "sum", "items": [item_id for item_id, _ in SATISFACTION_ITEMS] + ["recommend"]},
}


# The satisfaction bank's 住院满意度 and 门诊满意度, whose items carry their survey dimension.
LIBRARY: list[dict[str, Any]] = [
    GENERAL,
    CARDIOLOGY,
    ORTHOPAEDICS,
    OBSTETRICS,
    TCM,
    SATISFACTION,
    *satisfaction_bank.definitions(),
    satisfaction_bank.CALLBACK,
    *tcm_library.LIBRARY,  # 科室随访: 中药、针灸推拿、体质辨识、膏方、三伏贴
]
