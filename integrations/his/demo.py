"""The demo HIS: a separate database laid out like a 卫宁-style HIS, filled with synthetic
Chinese patients, read through the same SQL-view adapter and mapping a real site would use.

It carries what real HIS data looks like: 'NA' fillers, sentinel dates (1990-01-01 birth
dates, 3000-01-01 for still in hospital), sex as 1/2 or 男/女, free-text reference ranges and
Chinese abnormal flags, a few deceased patients, a few records our intake must refuse (bad ID
check digit, a department we do not know). New discharges keep appearing while it runs.
Never real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import text as sql
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from backend.clock import SHANGHAI, now
from integrations.his.sqlview import SqlViewSource, async_url

DDL = [
    """CREATE TABLE IF NOT EXISTS ZY_BRXXK (PATID VARCHAR(32) PRIMARY KEY, HZXM VARCHAR(64), BRXB VARCHAR(4),
       CSRQ VARCHAR(19), SFZH VARCHAR(20), LXDH VARCHAR(20), LXR VARCHAR(32), LXGX VARCHAR(16), LXRDH VARCHAR(20),
       DZ VARCHAR(200), SWRQ VARCHAR(19), XGSJ VARCHAR(19))""",
    """CREATE TABLE IF NOT EXISTS ZY_BRSYK (SYXH VARCHAR(32) PRIMARY KEY, PATID VARCHAR(32), ZYHM VARCHAR(20),
       ZYCS INTEGER, RYRQ VARCHAR(19), CYRQ VARCHAR(19), KSDM VARCHAR(16), BQDM VARCHAR(16), CWDM VARCHAR(8),
       ZZYS VARCHAR(32), CYFS VARCHAR(4), XGSJ VARCHAR(19))""",
    """CREATE TABLE IF NOT EXISTS ZY_BRZDQK (SYXH VARCHAR(32), ZDLB VARCHAR(4), ZDXH INTEGER, ZDDM VARCHAR(32),
       ZDMC VARCHAR(128), PRIMARY KEY (SYXH, ZDLB, ZDXH))""",
    """CREATE TABLE IF NOT EXISTS JY_BGD (BGDH VARCHAR(32) PRIMARY KEY, PATID VARCHAR(32), SYXH VARCHAR(32),
       XMMC VARCHAR(64), BBLX VARCHAR(16), SQRQ VARCHAR(19), BGRQ VARCHAR(19), XGSJ VARCHAR(19))""",
    """CREATE TABLE IF NOT EXISTS JY_JGMX (BGDH VARCHAR(32), XH INTEGER, XMDM VARCHAR(32), XMMC VARCHAR(64),
       JG VARCHAR(64), DW VARCHAR(16), CKFW VARCHAR(64), YCBZ VARCHAR(8), PRIMARY KEY (BGDH, XH))""",
    """CREATE TABLE IF NOT EXISTS EMR_CYXJ (SYXH VARCHAR(32) PRIMARY KEY, WDID VARCHAR(32), RYQK TEXT, ZLJG TEXT,
       CYQK TEXT, CYYZ TEXT, CYDY TEXT, QMSJ VARCHAR(19), XGSJ VARCHAR(19))""",
    """CREATE TABLE IF NOT EXISTS BA_SYXM (SYXH VARCHAR(32), XMDM VARCHAR(16), XMZ VARCHAR(200),
       PRIMARY KEY (SYXH, XMDM))""",
]
TABLES = ("ZY_BRXXK", "ZY_BRSYK", "ZY_BRZDQK", "JY_BGD", "JY_JGMX", "EMR_CYXJ", "BA_SYXM")

# department code -> (ICD-10 code, western diagnosis, TCM disease, TCM syndrome). The codes are the
# demo hospital's departments (services.demo seeds them); the HIS simulator owns its diagnoses.
DIAGNOSES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "0101": (
        ("I10.x00", "原发性高血压", "眩晕病", "肝阳上亢证"),
        ("I25.103", "冠状动脉粥样硬化性心脏病", "胸痹心痛病", "气虚血瘀证"),
        ("I50.900", "心力衰竭", "心衰病", "阳虚水泛证"),
    ),
    "0102": (("I63.900", "脑梗死", "中风病", "风痰阻络证"), ("G43.900", "偏头痛", "头痛病", "肝阳上亢证")),
    "0103": (("K29.500", "慢性胃炎", "胃脘痛", "脾胃虚弱证"), ("K21.900", "胃食管反流病", "吐酸病", "肝胃不和证")),
    "0104": (
        ("J44.100", "慢性阻塞性肺疾病急性加重", "肺胀病", "痰热壅肺证"),
        ("J18.900", "肺炎", "咳嗽病", "风热犯肺证"),
    ),
    "0105": (("N18.300", "慢性肾脏病3期", "慢肾衰", "脾肾气虚证"),),
    "0106": (("E11.900", "2型糖尿病", "消渴病", "气阴两虚证"),),
    "0107": (("C34.900", "肺恶性肿瘤", "肺癌", "气阴两虚证"), ("C18.900", "结肠恶性肿瘤", "肠癌", "湿热蕴结证")),
    "0201": (("S72.001", "股骨颈骨折", "骨折病", "气滞血瘀证"), ("M51.202", "腰椎间盘突出症", "腰痛病", "血瘀证")),
    "0202": (("M54.200", "颈椎病", "项痹病", "风寒痹阻证"), ("G51.000", "面神经麻痹", "面瘫病", "风痰阻络证")),
    "0203": (("I69.300", "脑梗死后遗症", "中风后遗症", "气虚血瘀证"),),
    "0204": (("K80.100", "胆囊结石伴胆囊炎", "胆胀病", "肝胆湿热证"), ("K35.800", "急性阑尾炎", "肠痈", "湿热证")),
    "0301": (("O80.000", "单胎顺产", "产后", "气血两虚证"), ("N80.000", "子宫内膜异位症", "痛经病", "气滞血瘀证")),
    "0302": (("J06.900", "急性上呼吸道感染", "感冒", "风热证"),),
    "0303": (("L20.900", "特应性皮炎", "湿疮", "湿热浸淫证"),),
    "0401": (("R53.x00", "疲劳", "虚劳病", "气虚证"),),
    "0402": (("A41.900", "脓毒症", "厥脱病", "热毒炽盛证"),),
}

LAB_PANEL = [
    # code, name, unit, range text, low, high
    ("GLU", "葡萄糖", "mmol/L", "3.9 ~ 6.1", 3.9, 6.1),
    ("K", "钾", "mmol/L", "3.5-5.5", 3.5, 5.5),
    ("NA", "钠", "mmol/L", "137-147", 137, 147),
    ("CREA", "肌酐", "μmol/L", "44 ~ 133", 44, 133),
    ("ALT", "丙氨酸氨基转移酶", "U/L", "<40", None, 40),
    ("AST", "天门冬氨酸氨基转移酶", "U/L", "<40", None, 40),
    ("TC", "总胆固醇", "mmol/L", "<5.2", None, 5.2),
    ("TG", "甘油三酯", "mmol/L", "0.56-1.7", 0.56, 1.7),
    ("HB", "血红蛋白", "g/L", "115-150", 115, 150),
    ("WBC", "白细胞计数", "10^9/L", "3.5 ~ 9.5", 3.5, 9.5),
    ("PLT", "血小板计数", "10^9/L", "125-350", 125, 350),
    ("CRP", "C反应蛋白", "mg/L", "<5", None, 5),
    ("BNP", "脑钠肽", "pg/mL", "<100", None, 100),
    ("CTNI", "肌钙蛋白I", "ng/mL", "<0.04", None, 0.04),
    ("UA", "尿酸", "μmol/L", "150-420", 150, 420),
    ("HBA1C", "糖化血红蛋白", "%", "4.0-6.0", 4.0, 6.0),
    ("DD", "D-二聚体", "mg/L", "<0.5", None, 0.5),
    ("PT", "凝血酶原时间", "s", "11-14", 11, 14),
    ("HBSAG", "乙肝表面抗原", "", "阴性(-)", None, None),
    ("OB", "粪便隐血", "", "阴性", None, None),
]
# 三级公立中医医院病案首页 (2019) field codes
FRONT_PAGE_FIELDS = ("JGMC", "BAH", "RYSJ", "CYSJ", "SJZY", "ZYZD_JBBM", "LYFS")


# The demo hospital's doctors (the staff the demo seeds) attend half of their departments'
# stays, so 科室随访 templates assigned to the attending doctor have someone to give tasks to.
ATTENDING_DOCTORS: dict[str, tuple[str, ...]] = {"0101": ("张伟", "黄志强"), "0102": ("刘洋",), "0201": ("赵磊",)}


def _attending(department: str, n: int, other: str) -> str:
    doctors = ATTENDING_DOCTORS.get(department)
    return doctors[n // 2 % len(doctors)] if doctors and n % 2 else other


def _t(value: datetime | date | None) -> str:
    if value is None:
        return "NA"
    if isinstance(value, datetime):
        return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
    return value.strftime("%Y-%m-%d 00:00:00")


@dataclass
class DemoHis:
    """The demo HIS database (SQLite by default; PostgreSQL or MariaDB for tests and the bench)."""

    engine: AsyncEngine
    seed: int = 20261127

    @classmethod
    def at(cls, dsn: str) -> DemoHis:
        return cls(create_async_engine(async_url(dsn)))

    def source(self) -> SqlViewSource:
        return SqlViewSource("", mapping="winning", name="demo_his", engine=self.engine)

    async def create(self) -> None:
        async with self.engine.begin() as conn:
            for ddl in DDL:
                await conn.execute(sql(ddl))

    async def count(self, table: str, where: str = "") -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(sql(f"SELECT count(*) FROM {table} {where}"))).scalar_one())  # noqa: S608

    async def add_discharges(
        self,
        count: int,
        *,
        day: date | None = None,
        items_per_report: int = 5,
        reports_per_visit: int = 2,
        start: int | None = None,
        gotchas: bool = True,
        department: str | None = None,
        in_hospital: bool = False,
    ) -> list[str]:
        """Add `count` patients discharged on `day` (default today); returns their visit ids.

        `in_hospital`: still in hospital (no discharge yet, no discharge summary); `department` fixes
        their department (its ward, where it has one), for a ward pad's round."""
        start = start if start is not None else await self.count("ZY_BRSYK") + 1
        rng = random.Random(self.seed + start)
        fake = Faker("zh_CN")
        fake.seed_instance(self.seed + start)
        moment = now()
        discharge_day = day or moment.date()
        departments = list(DIAGNOSES)
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        visit_ids = []
        for n in range(start, start + count):
            patid, syxh = f"W{n:07d}", f"{n}||1" if n % 10 == 0 else f"ZY{n:08d}"
            male = rng.random() < 0.5
            id_number = fake.ssn(min_age=20, max_age=90, gender="M" if male else "F")  # type: ignore[call-arg]
            birth = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
            dept = department or rng.choice(departments)
            icd, western, tcm, syndrome = rng.choice(DIAGNOSES[dept])
            los = rng.randint(3, 20)
            discharged = datetime.combine(discharge_day, datetime.min.time(), SHANGHAI) + timedelta(
                hours=rng.randint(8, 17), minutes=rng.randint(0, 59)
            )
            admitted = discharged - timedelta(days=los, hours=rng.randint(0, 6))
            staying = in_hospital or (gotchas and n % 37 == 0)
            deceased = gotchas and n % 53 == 0
            bad_id = gotchas and n % 71 == 0
            unknown_dept = gotchas and n % 97 == 0
            sex = ("1" if male else "2") if n % 3 else ("男" if male else "女")
            rows["ZY_BRXXK"].append(
                {
                    "PATID": patid,
                    "HZXM": fake.name_male() if male else fake.name_female(),
                    "BRXB": sex,
                    "CSRQ": "1990-01-01 00:00:00" if gotchas and n % 29 == 0 else _t(birth),
                    "SFZH": (id_number[:17] + ("0" if id_number[17] != "0" else "1")) if bad_id else id_number,
                    "LXDH": fake.phone_number(),
                    "LXR": fake.name(),
                    "LXGX": rng.choice(["配偶", "子女", "父母"]),
                    "LXRDH": fake.phone_number() if n % 5 else "NA",
                    "DZ": fake.address(),
                    "SWRQ": _t(discharged) if deceased else "NA",
                    "XGSJ": _t(moment),
                }
            )
            rows["ZY_BRSYK"].append(
                {
                    "SYXH": syxh,
                    "PATID": patid,
                    "ZYHM": f"{n:08d}",
                    "ZYCS": 1,
                    "RYRQ": _t(admitted),
                    "CYRQ": "3000-01-01 00:00:00" if staying else _t(discharged),
                    "KSDM": "9999" if unknown_dept else dept,
                    "BQDM": f"{dept}W1" if dept in ("0101", "0201") else "NA",
                    # a ward's inpatients each have their own bed (the draw stays: same data after it)
                    "CWDM": str(n % 48 + 1) if in_hospital else str(rng.randint(1, 48)),
                    "ZZYS": _attending(dept, n, fake.name()),
                    # no 离院方式 before the discharge
                    "CYFS": "NA" if staying else ("5" if deceased else "1"),
                    "XGSJ": _t(moment),
                }
            )
            rows["ZY_BRZDQK"] += [
                {"SYXH": syxh, "ZDLB": "2", "ZDXH": 1, "ZDDM": icd, "ZDMC": western},
                {"SYXH": syxh, "ZDLB": "4", "ZDXH": 1, "ZDDM": "NA", "ZDMC": tcm},
                {"SYXH": syxh, "ZDLB": "8", "ZDXH": 1, "ZDDM": "NA", "ZDMC": syndrome},
                {"SYXH": syxh, "ZDLB": "1", "ZDXH": 1, "ZDDM": icd, "ZDMC": f"{western}?"},  # 入院诊断: not ours
            ]
            for lab in range(reports_per_visit):
                bgdh = f"{syxh}-L{lab}"
                reported = admitted + timedelta(days=1 + lab)
                rows["JY_BGD"].append(
                    {
                        "BGDH": bgdh,
                        "PATID": patid,
                        "SYXH": syxh,
                        "XMMC": "生化全套" if lab == 0 else "生化复查",
                        "BBLX": "血清",
                        "SQRQ": _t(reported - timedelta(hours=6)),
                        "BGRQ": _t(reported),
                        "XGSJ": _t(moment),
                    }
                )
                for item, (code, name, unit, range_text, low, high) in enumerate(
                    LAB_PANEL[: min(20, items_per_report)], 1
                ):
                    value, flag = _lab_value(rng, low, high, range_text)
                    rows["JY_JGMX"].append(
                        {
                            "BGDH": bgdh,
                            "XH": item,
                            "XMDM": code,
                            "XMMC": name,
                            "JG": value,
                            "DW": unit or "NA",
                            "CKFW": range_text,
                            "YCBZ": flag,
                        }
                    )
            if not staying:
                rows["EMR_CYXJ"].append(
                    {
                        "SYXH": syxh,
                        "WDID": f"DOC{n:08d}",
                        "RYQK": f"因“{tcm}”入院，{syndrome}。",
                        "ZLJG": "入院后予中药汤剂辨证施治，配合西医对症治疗，病情好转。",
                        "CYQK": "一般情况可，生命体征平稳。",
                        "CYYZ": "低盐低脂饮食，按时服药，2周后门诊复诊，不适随诊。",
                        "CYDY": "中药颗粒剂 7 剂，每日一剂，早晚分服。",
                        "QMSJ": _t(discharged),
                        "XGSJ": _t(moment),
                    }
                )
                rows["BA_SYXM"] += [
                    {"SYXH": syxh, "XMDM": code, "XMZ": value}
                    for code, value in (
                        ("JGMC", "示范市中医医院"),
                        ("BAH", f"{n:08d}"),
                        ("RYSJ", _t(admitted)),
                        ("CYSJ", _t(discharged)),
                        ("SJZY", str(los)),
                        ("ZYZD_JBBM", icd),
                        ("LYFS", "5" if deceased else "1"),
                    )
                ]
            visit_ids.append(syxh)
        async with self.engine.begin() as conn:
            for table, items in rows.items():
                if items:
                    columns = list(items[0])
                    # Table and column names are this module's constants; values are bound.
                    names, params = ", ".join(columns), ", ".join(":" + c for c in columns)
                    insert = f"INSERT INTO {table} ({names}) VALUES ({params})"  # noqa: S608
                    await conn.execute(sql(insert), items)
        return visit_ids

    async def touch_visit(self, visit_id: str, **changes: Any) -> None:
        """Change a visit the way a HIS does (new update time), e.g. a late discharge disposition."""
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        async with self.engine.begin() as conn:
            await conn.execute(
                sql(f"UPDATE ZY_BRSYK SET {sets}, XGSJ = :xgsj WHERE SYXH = :syxh"),  # noqa: S608
                {**changes, "xgsj": _t(now()), "syxh": visit_id},
            )

    async def close(self) -> None:
        await self.engine.dispose()


def _lab_value(rng: random.Random, low: float | None, high: float | None, range_text: str) -> tuple[str, str]:
    """A result and the flag the LIS would print (mixing codes and Chinese, as real LIS do)."""
    if low is None and high is None:
        positive = rng.random() < 0.1
        return ("阳性(+)" if positive else "阴性(-)"), ("阳性" if positive else "NA")
    top = high if high is not None else (low or 1) * 2
    bottom = low if low is not None else 0
    roll = rng.random()
    if roll < 0.02:
        return f"{top * 3:.2f}", rng.choice(["危急", "HH"])
    if roll < 0.15:
        return f"{top * rng.uniform(1.05, 1.6):.2f}", rng.choice(["高", "H", "↑"])
    if roll < 0.22 and low is not None:
        return f"{bottom * rng.uniform(0.5, 0.95):.2f}", rng.choice(["低", "L", "↓"])
    return f"{rng.uniform(bottom, top):.2f}", rng.choice(["", "NA", "N"])
