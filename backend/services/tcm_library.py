"""The TCM part of the questionnaire library (中医医院科室随访问卷库), seeded with the rest by
`questionnaires.seed_library`.

Wording is our own. The constitution questionnaire (中医体质辨识) follows the structure and the
judgement of the nine-constitution standard of the 中华中医药学会 (ZYYXH/T157-2009: nine
constitutions, five-point frequency answers, transformed scores, 是 / 基本是 / 倾向是 bands) but is
**condensed**: four items per constitution (36 instead of the standard's 60), so it is a
screening a follow-up call can carry, not the full instrument; a department that needs the full
60 items edits it in the designer (the scoring names each constitution's items, whatever their
number). Red-flag thresholds follow common practice: palpitation, numbness of lips or limbs
(aconite-type toxicity), jaundice (herb-induced liver injury), chest tightness after needling
(pneumothorax) and widespread rash or breathlessness after 三伏贴 are urgent.

These are starting points for a hospital to copy and adapt, not clinical guidance.
"""

from __future__ import annotations

from typing import Any

from backend.models.choices import Program

YES_NO = [{"value": "yes", "label": "是"}, {"value": "no", "label": "否"}]

# Five-point frequency answers of the constitution questionnaire; a reversed item scores 5..1.
FREQUENCY = ("没有（根本不）", "很少（有一点）", "有时（有些）", "经常（相当）", "总是（非常）")


def _frequency(item_id: str, text: str, *, reverse: bool = False) -> dict[str, Any]:
    options = [
        {"value": str(n), "label": label, "score": 6 - n if reverse else n}
        for n, label in enumerate(FREQUENCY, start=1)
    ]
    return {"id": item_id, "type": "single", "text": text, "required": True, "options": options}


# code, name, items (text, reversed?)
CONSTITUTIONS: tuple[tuple[str, str, tuple[tuple[str, bool], ...]], ...] = (
    (
        "pinghe",
        "平和质",
        (
            ("您平时精力充沛、做事有劲头吗？", False),
            ("您容易感到疲乏、没力气吗？", True),
            ("您说话声音低弱、懒得说话吗？", True),
            ("您能适应季节冷暖和周围环境的变化吗？", False),
        ),
    ),
    (
        "qixu",
        "气虚质",
        (
            ("您稍一活动就气短、上气不接下气吗？", False),
            ("您容易心慌、心里发空吗？", False),
            ("您容易头晕，或站起来时眼前发黑吗？", False),
            ("您比别人更容易感冒吗？", False),
        ),
    ),
    (
        "yangxu",
        "阳虚质",
        (
            ("您手脚发凉吗？", False),
            ("您胃部、背部或腰膝部怕冷吗？", False),
            ("您比一般人更耐受不了寒冷、衣服穿得多吗？", False),
            ("您吃或喝凉的东西会不舒服，或者容易拉肚子吗？", False),
        ),
    ),
    (
        "yinxu",
        "阴虚质",
        (
            ("您感到手心、脚心发热吗？", False),
            ("您感到口干咽燥、总想喝水吗？", False),
            ("您面颊潮红或偏红吗？", False),
            ("您大便干燥、不容易解出来吗？", False),
        ),
    ),
    (
        "tanshi",
        "痰湿质",
        (
            ("您感到胸闷或腹部胀满吗？", False),
            ("您感到身体沉重、不轻松吗？", False),
            ("您腹部肥满松软吗？", False),
            ("您嘴里有黏黏糊糊的感觉，或舌苔厚腻吗？", False),
        ),
    ),
    (
        "shire",
        "湿热质",
        (
            ("您面部或鼻部油腻、发亮吗？", False),
            ("您容易长痤疮或疮疖吗？", False),
            ("您感到口苦或嘴里有异味吗？", False),
            ("您小便发黄、有灼热感吗？", False),
        ),
    ),
    (
        "xueyu",
        "血瘀质",
        (
            ("您的皮肤会不知不觉出现青紫瘀斑吗？", False),
            ("您两颧部有细微的红丝吗？", False),
            ("您身体某个部位有固定不移的疼痛吗？", False),
            ("您面色晦暗，或容易长褐斑吗？", False),
        ),
    ),
    (
        "qiyu",
        "气郁质",
        (
            ("您感到情绪低沉、闷闷不乐吗？", False),
            ("您容易精神紧张、焦虑不安吗？", False),
            ("您多愁善感、感情脆弱吗？", False),
            ("您胁肋部或乳房有胀痛感吗？", False),
        ),
    ),
    (
        "tebing",
        "特禀质",
        (
            ("您没有感冒时也会打喷嚏吗？", False),
            ("您没有感冒时也会鼻塞、流鼻涕吗？", False),
            ("您对药物、食物、气味、花粉或季节变化过敏吗？", False),
            ("您的皮肤容易起荨麻疹（风团、风疹块）吗？", False),
        ),
    ),
)

CONSTITUTION: dict[str, Any] = {
    "code": "tcm_constitution",
    "title": "中医体质辨识（九种体质，简版）",
    "program": Program.DEPARTMENT,
    "description": (
        "按九种体质分类与判定的结构编写的简版问卷（每种体质 4 题，共 36 题；标准问卷为 60 题）。"
        "按近一年的感受回答；结果按各体质的转化分判定：平和质「是 / 基本是」，偏颇体质「是 / 倾向是」。"
    ),
    "items": [
        _frequency(f"{code}_{n}", text, reverse=reverse)
        for code, _, items in CONSTITUTIONS
        for n, (text, reverse) in enumerate(items, start=1)
    ],
    "red_flags": [],
    "scoring": {
        "method": "constitution",
        "types": [
            {"code": code, "label": name, "items": [f"{code}_{n}" for n in range(1, len(items) + 1)]}
            for code, name, items in CONSTITUTIONS
        ],
    },
}


DECOCTION: dict[str, Any] = {
    "code": "tcm_decoction_adr",
    "title": "中药汤剂/颗粒剂服用与不良反应随访",
    "program": Program.DEPARTMENT,
    "description": "出院带中药汤剂、配方颗粒或中成药的患者：剂型、煎服方法、依从性与不良反应监测。",
    "items": [
        {
            "id": "form",
            "type": "multiple",
            "text": "出院后服用的中药剂型",
            "required": True,
            "options": [
                {"value": "decoction", "label": "汤剂（自煎或代煎）"},
                {"value": "granule", "label": "配方颗粒"},
                {"value": "patent", "label": "中成药（丸、片、胶囊）"},
                {"value": "none", "label": "已不再服用中药", "exclusive": True},
            ],
        },
        {
            "id": "preparation",
            "type": "single",
            "text": "汤剂的煎煮（先煎、后下、包煎）或颗粒的冲服方法是否按药房交代？",
            "required": True,
            "options": [
                {"value": "correct", "label": "按交代的方法"},
                {"value": "unsure", "label": "不太清楚，需要再交代"},
                {"value": "wrong", "label": "没有按交代的方法"},
            ],
            "show_if": {"item": "form", "in": ["decoction", "granule"]},
        },
        {
            "id": "adherence",
            "type": "single",
            "text": "是否按医嘱的次数和剂量服用？",
            "required": True,
            "options": [
                {"value": "regular", "label": "按时按量"},
                {"value": "missed", "label": "偶尔漏服"},
                {"value": "stopped", "label": "已自行停服"},
            ],
            "show_if": {"item": "form", "in": ["decoction", "granule", "patent"]},
        },
        {
            "id": "adverse",
            "type": "multiple",
            "text": "服药后是否出现以下不适？",
            "required": True,
            "options": [
                {"value": "none", "label": "没有不适", "exclusive": True},
                {"value": "nausea", "label": "恶心、呕吐、胃部不适"},
                {"value": "diarrhoea", "label": "腹泻、腹痛"},
                {"value": "rash", "label": "皮疹、瘙痒"},
                {"value": "palpitation", "label": "心慌、胸闷"},
                {"value": "numbness", "label": "口唇或四肢发麻"},
                {"value": "jaundice", "label": "皮肤或眼睛发黄、尿色像浓茶"},
                {"value": "dizziness", "label": "头晕、乏力加重"},
            ],
            "show_if": {"item": "form", "in": ["decoction", "granule", "patent"]},
        },
        {
            "id": "adverse_detail",
            "type": "text",
            "text": "不适的经过（何时开始、持续多久、是否已停药或就医）",
            "required": False,
            "show_if": {
                "item": "adverse",
                "in": ["nausea", "diarrhoea", "rash", "palpitation", "numbness", "jaundice"],
            },
        },
        {
            "id": "western_drugs",
            "type": "single",
            "text": "是否同时服用西药（如降压药、降糖药、抗凝药）并与中药间隔服用？",
            "required": False,
            "options": [
                {"value": "spaced", "label": "同时服用，已间隔半小时以上"},
                {"value": "together", "label": "同时服用，没有间隔"},
                {"value": "no", "label": "没有服用西药"},
            ],
        },
    ],
    "red_flags": [
        {
            "item": "adverse",
            "op": "contains",
            "value": "palpitation",
            "message": "服用中药后心慌胸闷",
            "severity": "urgent",
        },
        {
            "item": "adverse",
            "op": "contains",
            "value": "numbness",
            "message": "服用中药后口唇或四肢发麻，警惕乌头类药物中毒，请立即停药就医",
            "severity": "urgent",
        },
        {
            "item": "adverse",
            "op": "contains",
            "value": "jaundice",
            "message": "服用中药后出现黄疸表现，警惕药物性肝损伤",
            "severity": "urgent",
        },
        {
            "item": "adverse",
            "op": "contains",
            "value": "rash",
            "message": "服用中药后皮疹瘙痒，警惕过敏",
            "severity": "normal",
        },
        {"item": "adherence", "op": "==", "value": "stopped", "message": "自行停服中药", "severity": "normal"},
    ],
    "scoring": {},
}


ACUPUNCTURE: dict[str, Any] = {
    "code": "tcm_acupuncture_tuina",
    "title": "针灸/推拿治疗后反应随访",
    "program": Program.DEPARTMENT,
    "description": "针刺、艾灸、拔罐、推拿、刮痧、穴位贴敷治疗后：局部与全身反应、疗效（疼痛评分）与注意事项。",
    "items": [
        {
            "id": "treatment",
            "type": "multiple",
            "text": "本次接受的治疗",
            "required": True,
            "options": [
                {"value": "needle", "label": "针刺（含电针）"},
                {"value": "moxa", "label": "艾灸"},
                {"value": "cupping", "label": "拔罐"},
                {"value": "tuina", "label": "推拿"},
                {"value": "guasha", "label": "刮痧"},
                {"value": "plaster", "label": "穴位贴敷"},
            ],
        },
        {
            "id": "local",
            "type": "multiple",
            "text": "治疗部位是否出现以下情况？",
            "required": True,
            "options": [
                {"value": "none", "label": "没有", "exclusive": True},
                {"value": "bruise", "label": "皮下青紫、血肿"},
                {"value": "pain", "label": "局部疼痛超过两天"},
                {"value": "blister", "label": "烫伤、水疱"},
                {"value": "infection", "label": "红肿热痛或流脓"},
            ],
        },
        {
            "id": "systemic",
            "type": "multiple",
            "text": "治疗后是否出现以下全身情况？",
            "required": True,
            "options": [
                {"value": "none", "label": "没有", "exclusive": True},
                {"value": "faint", "label": "头晕、出冷汗、心慌（晕针样反应）"},
                {"value": "chest", "label": "胸闷、气短、呼吸时胸痛"},
                {"value": "weakness", "label": "肢体麻木或无力加重"},
                {"value": "fever", "label": "发热"},
            ],
        },
        {
            "id": "pain_before",
            "type": "scale",
            "text": "治疗前疼痛评分（0-10）",
            "required": False,
            "min": 0,
            "max": 10,
        },
        {"id": "pain_now", "type": "scale", "text": "现在疼痛评分（0-10）", "required": False, "min": 0, "max": 10},
        {
            "id": "effect",
            "type": "single",
            "text": "您觉得治疗效果如何？",
            "required": True,
            "options": [
                {"value": "better", "label": "明显好转"},
                {"value": "some", "label": "有所好转"},
                {"value": "same", "label": "没有变化"},
                {"value": "worse", "label": "加重"},
            ],
        },
        {
            "id": "advice_known",
            "type": "single",
            "text": "是否清楚治疗后注意事项（如艾灸、拔罐后数小时内不洗澡、避风寒）？",
            "required": True,
            "options": YES_NO,
        },
    ],
    "red_flags": [
        {
            "item": "systemic",
            "op": "contains",
            "value": "chest",
            "message": "针刺后胸闷气短、呼吸时胸痛，警惕气胸，请立即就医",
            "severity": "urgent",
        },
        {
            "item": "systemic",
            "op": "contains",
            "value": "weakness",
            "message": "治疗后肢体麻木或无力加重",
            "severity": "urgent",
        },
        {"item": "local", "op": "contains", "value": "infection", "message": "治疗部位疑似感染", "severity": "normal"},
        {
            "item": "local",
            "op": "contains",
            "value": "blister",
            "message": "艾灸或贴敷后烫伤、水疱",
            "severity": "normal",
        },
        {"item": "pain_now", "op": ">=", "value": 7, "message": "疼痛评分≥7分", "severity": "normal"},
        {"item": "effect", "op": "==", "value": "worse", "message": "治疗后症状加重", "severity": "normal"},
    ],
    "scoring": {},
}


GAOFANG: dict[str, Any] = {
    "code": "tcm_gaofang",
    "title": "膏方服用随访",
    "program": Program.DEPARTMENT,
    "description": "冬令膏方：服法与保存、进补后的反应（虚不受补、上火）、感冒时停服，糖尿病患者的血糖。",
    "items": [
        {
            "id": "usage",
            "type": "single",
            "text": "膏方是否按医嘱服用（一般每日早晚各一匙，温开水冲服，空腹或饭前）？",
            "required": True,
            "options": [
                {"value": "correct", "label": "按医嘱服用"},
                {"value": "irregular", "label": "时有时无"},
                {"value": "stopped", "label": "已停服"},
            ],
        },
        {
            "id": "storage",
            "type": "single",
            "text": "膏方如何保存，是否发现表面长霉？",
            "required": True,
            "options": [
                {"value": "fridge", "label": "冷藏保存，没有长霉"},
                {"value": "room", "label": "常温保存，没有长霉"},
                {"value": "mould", "label": "发现长霉"},
            ],
        },
        {
            "id": "reaction",
            "type": "multiple",
            "text": "服用后是否出现以下情况？",
            "required": True,
            "options": [
                {"value": "none", "label": "没有", "exclusive": True},
                {"value": "bloating", "label": "腹胀、胃口差"},
                {"value": "diarrhoea", "label": "腹泻"},
                {"value": "heat", "label": "口干、咽痛、长口疮（上火）"},
                {"value": "cold", "label": "感冒、发热、咳嗽"},
            ],
        },
        {
            "id": "diabetic",
            "type": "single",
            "text": "是否患有糖尿病？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "glucose",
            "type": "number",
            "text": "最近一次空腹血糖",
            "required": False,
            "min": 1,
            "max": 40,
            "unit": "mmol/L",
            "show_if": {"item": "diabetic", "equals": "yes"},
        },
    ],
    "red_flags": [
        {"item": "storage", "op": "==", "value": "mould", "message": "膏方长霉，告知停服并复诊", "severity": "normal"},
        {
            "item": "reaction",
            "op": "contains",
            "value": "cold",
            "message": "感冒发热期间应暂停膏方",
            "severity": "normal",
        },
        {
            "item": "glucose",
            "op": ">=",
            "value": 13.9,
            "message": "服用膏方期间空腹血糖≥13.9mmol/L",
            "severity": "urgent",
        },
    ],
    "scoring": {},
}


SANFU: dict[str, Any] = {
    "code": "tcm_sanfu_plaster",
    "title": "冬病夏治三伏贴（节气提醒）随访",
    "program": Program.DEPARTMENT,
    "description": (
        "冬病夏治：三伏贴前的节气提醒（初伏、中伏、末伏贴敷日）与贴敷后的皮肤反应、饮食宜忌和疗效；"
        "贴敷日的提醒可用短信群发按节气日期定时发送。"
    ),
    "items": [
        {
            "id": "schedule_known",
            "type": "single",
            "text": "是否知道今年初伏、中伏、末伏的贴敷日期并已预约？",
            "required": True,
            "options": YES_NO,
        },
        {
            "id": "sessions",
            "type": "single",
            "text": "今年已完成几次贴敷？",
            "required": True,
            "options": [
                {"value": "0", "label": "还没有贴"},
                {"value": "1", "label": "1 次"},
                {"value": "2", "label": "2 次"},
                {"value": "3", "label": "3 次及以上"},
            ],
        },
        {
            "id": "duration",
            "type": "single",
            "text": "每次贴敷多长时间取下？（一般成人 2-4 小时，儿童更短，以医嘱为准）",
            "required": True,
            "options": [
                {"value": "as_told", "label": "按医嘱时间取下"},
                {"value": "longer", "label": "贴得比医嘱更久"},
                {"value": "shorter", "label": "提前取下"},
            ],
            "show_if": {"item": "sessions", "in": ["1", "2", "3"]},
        },
        {
            "id": "skin",
            "type": "multiple",
            "text": "贴敷部位的皮肤反应",
            "required": True,
            "options": [
                {"value": "none", "label": "没有或轻微发红发热（正常）", "exclusive": True},
                {"value": "itch", "label": "明显瘙痒、红疹"},
                {"value": "blister", "label": "水疱"},
                {"value": "broken", "label": "水疱破溃、渗液"},
            ],
            "show_if": {"item": "sessions", "in": ["1", "2", "3"]},
        },
        {
            "id": "systemic",
            "type": "multiple",
            "text": "贴敷后是否出现全身反应？",
            "required": True,
            "options": [
                {"value": "none", "label": "没有", "exclusive": True},
                {"value": "rash", "label": "全身皮疹"},
                {"value": "breath", "label": "胸闷、气喘加重、呼吸困难"},
            ],
            "show_if": {"item": "sessions", "in": ["1", "2", "3"]},
        },
        {
            "id": "diet",
            "type": "single",
            "text": "贴敷当天是否避免生冷、辛辣、海鲜等发物？",
            "required": False,
            "options": YES_NO,
            "show_if": {"item": "sessions", "in": ["1", "2", "3"]},
        },
        {
            "id": "winter_effect",
            "type": "single",
            "text": "与去年冬天相比，咳喘、怕冷、易感冒等老毛病发作情况",
            "required": False,
            "options": [
                {"value": "less", "label": "发作减少或减轻"},
                {"value": "same", "label": "差不多"},
                {"value": "more", "label": "更重"},
                {"value": "na", "label": "首年贴敷，尚不清楚"},
            ],
        },
    ],
    "red_flags": [
        {
            "item": "systemic",
            "op": "contains",
            "value": "breath",
            "message": "三伏贴后胸闷气喘、呼吸困难，请立即就医",
            "severity": "urgent",
        },
        {
            "item": "systemic",
            "op": "contains",
            "value": "rash",
            "message": "三伏贴后全身皮疹，警惕过敏",
            "severity": "urgent",
        },
        {
            "item": "skin",
            "op": "contains",
            "value": "broken",
            "message": "贴敷处水疱破溃，需换药防感染",
            "severity": "normal",
        },
        {"item": "skin", "op": "contains", "value": "blister", "message": "贴敷处起水疱", "severity": "normal"},
    ],
    "scoring": {},
}


LIBRARY: list[dict[str, Any]] = [DECOCTION, ACUPUNCTURE, CONSTITUTION, GAOFANG, SANFU]


# ---- the constitution's judgement (体质判定) -------------------------------------------------

PINGHE = "pinghe"


def transformed(raw: float, count: int) -> float:
    """转化分 = (原始分 − 条目数) ÷ (条目数 × 4) × 100, 0-100."""
    return round((raw - count) / (count * 4) * 100, 1) if count else 0.0


def judge(scores: dict[str, float], labels: dict[str, str]) -> list[tuple[str, str, float]]:
    """The constitutions found, as (name, verdict, transformed score), strongest first.

    平和质: 是 when its score ≥ 60 and every other < 30; 基本是 when ≥ 60 and every other < 40.
    A biased constitution: 是 at ≥ 40, 倾向是 at 30-39.
    """
    biased = {code: value for code, value in scores.items() if code != PINGHE}
    found = [
        (labels[code], "是" if value >= 40 else "倾向是", value)
        for code, value in sorted(biased.items(), key=lambda kv: -kv[1])
        if value >= 30
    ]
    balanced = scores.get(PINGHE)
    if balanced is not None and balanced >= 60:
        top = max(biased.values(), default=0.0)
        if top < 30:
            return [(labels[PINGHE], "是", balanced)]
        if top < 40:
            return [(labels[PINGHE], "基本是", balanced), *found]
    return found
